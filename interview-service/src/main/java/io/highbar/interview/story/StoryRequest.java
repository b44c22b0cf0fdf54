package io.highbar.interview.story;

import java.util.List;

/** Body of {@code POST /api/stories} and {@code PUT /api/stories/{id}}. */
public record StoryRequest(String title, String text, List<String> tags, String role, String when) {
}
