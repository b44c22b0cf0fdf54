package io.highbar.interview.session;

/** Body of {@code POST /api/sessions/{id}/notes}. */
public record NoteRequest(String text, Boolean shared, String answerId) {
}
