package io.highbar.interview.story;

/** Body of {@code POST /api/stories/share}: the interviewer's username (their token's {@code sub}). */
public record ShareStoriesRequest(String username) {
}
