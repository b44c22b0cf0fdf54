package io.highbar.interview.session.app;

/** Body of {@code POST /api/sessions/{id}/answers}. */
public record SubmitAnswerRequest(String questionId, String text) {
}
