package io.highbar.interview.session.app;

import java.util.List;

/**
 * Body of {@code POST /api/sessions}. Only these fields are read: anything else in the body
 * (an owner, a status) is ignored, never applied.
 */
public record CreateSessionRequest(String competencyId, List<String> competencyIds, String mode,
                                   Integer questionsPerCompetency, Integer answerTimeLimitSeconds, Integer maxFollowUps,
                                   String company, String targetLevel) {
}
