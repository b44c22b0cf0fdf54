package io.highbar.interview.story;

/**
 * Whether a story's current version is mapped: the data of its {@code story-mapping} event.
 *
 * @param mapped true once the scorer's mapping of {@code version} is stored
 */
public record MappingState(String storyId, int version, boolean mapped) {

    /** The story no longer exists: its stream ends. */
    static final MappingState GONE = new MappingState("", 0, false);
}
