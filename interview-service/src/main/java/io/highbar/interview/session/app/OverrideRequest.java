package io.highbar.interview.session.app;

/** Body of {@code POST /api/sessions/{id}/answers/{answerId}/overrides}. */
public record OverrideRequest(String dimension, Integer score, String reason) {
}
