package io.highbar.interview.story;

/** The story exists, but the scorer has not mapped its latest text yet. */
public class StoryNotMapped extends RuntimeException {

    public StoryNotMapped(String storyId) {
        super("Story '" + storyId + "' is still being mapped to the principles it covers; try again in a few seconds.");
    }
}
