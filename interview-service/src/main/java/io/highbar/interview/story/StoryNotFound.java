package io.highbar.interview.story;

/** Also what a caller who may not read the story is told, so story ids cannot be probed. */
public class StoryNotFound extends RuntimeException {

    public StoryNotFound(String storyId) {
        super("No story with id '" + storyId + "'. List yours with GET /api/stories.");
    }
}
