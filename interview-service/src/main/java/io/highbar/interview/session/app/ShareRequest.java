package io.highbar.interview.session.app;

/** Body of {@code POST /api/sessions/{id}/interviewers}: the interviewer's username (their token's {@code sub}). */
public record ShareRequest(String username) {
}
