package io.highbar.interview.session;

import java.time.Instant;

/** An interviewer moved the machine's score of one dimension of one answer. */
public record ScoreOverride(String overrideId, String sessionId, String answerId, String competencyId,
                            String dimension, int machineScore, int score, String reason, String by, Instant at) {
}
