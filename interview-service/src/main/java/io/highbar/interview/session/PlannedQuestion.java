package io.highbar.interview.session;

/** A main question of a session's plan, as content-service served it when the session started. */
public record PlannedQuestion(String id, String text, String competencyId) {
}
