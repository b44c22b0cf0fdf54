package io.highbar.interview.session.app;

/** Body of {@code POST /api/sessions/{id}/notes}. */
public record NoteRequest(String text, Boolean shared, String answerId) {
}
