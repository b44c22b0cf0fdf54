package io.highbar.interview.story;

/** The caller may read the story but not change it: an interviewer it was shared with (403). */
public class StoryRefused extends RuntimeException {

    public StoryRefused(String message) {
        super(message);
    }
}
