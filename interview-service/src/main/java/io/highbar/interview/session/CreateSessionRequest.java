package io.highbar.interview.session;

/**
 * Body of {@code POST /api/sessions}. Only these fields are read: anything else in the body
 * (an owner, a status) is ignored, never applied.
 */
public record CreateSessionRequest(String competencyId, String mode, String company, String targetLevel) {
}
