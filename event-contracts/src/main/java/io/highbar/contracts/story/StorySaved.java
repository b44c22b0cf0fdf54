package io.highbar.contracts.story;

import java.time.Instant;
import java.util.Objects;

/**
 * A candidate saved a story, or changed its title or text (a new {@code version}). Published once the story is
 * stored; may be delivered more than once, so consumers key their work by {@code storyId} and {@code version}.
 */
public record StorySaved(String storyId, String ownerId, int version, String title, String text, Instant savedAt) {

    public static final String TYPE = "StorySaved.v1";

    public StorySaved {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
