package io.highbar.interview.session.app;

import java.util.List;

/**
 * Body of {@code POST /api/sessions}. Only these fields are read: anything else in the body
 * (an owner, a status) is ignored, never applied.
 *
 * @param storyId a story of the caller's bank: a DRILL whose first answer is the story's text
 */
public record CreateSessionRequest(String competencyId, List<String> competencyIds, String mode,
                                   Integer questionsPerCompetency, Integer answerTimeLimitSeconds, Integer maxFollowUps,
                                   String company, String targetLevel, String storyId) {
}
