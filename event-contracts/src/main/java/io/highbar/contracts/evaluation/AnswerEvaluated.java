package io.highbar.contracts.evaluation;

import java.time.Instant;
import java.util.Objects;

/** The scorer evaluated an answer. Keyed by session id; idempotent by {@code answerId}. */
public record AnswerEvaluated(String answerId, String sessionId, Evaluation evaluation, Instant evaluatedAt) {

    public static final String TYPE = "AnswerEvaluated.v1";

    public AnswerEvaluated {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }
}
