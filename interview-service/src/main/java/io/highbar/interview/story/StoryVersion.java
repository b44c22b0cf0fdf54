package io.highbar.interview.story;

import java.time.Instant;

/** A story's title and text as they were at one version. */
public record StoryVersion(String storyId, int version, String title, String text, Instant savedAt) {
}
