package io.highbar.contracts.answer;

import java.time.Instant;
import java.util.Objects;

/**
 * A candidate submitted an answer to a question of a session. Published once the answer is stored;
 * may be delivered more than once, so consumers key their work by {@code answerId}.
 *
 * @param company     optional company lens (e.g. "Amazon"), null for the card's default
 * @param targetLevel optional level the candidate aims at (SDE1, SDE2, SENIOR, STAFF), null if none
 */
public record AnswerSubmitted(
        String answerId,
        String sessionId,
        String questionId,
        String questionText,
        String competencyId,
        String text,
        String company,
        String targetLevel,
        Instant submittedAt) {

    public static final String TYPE = "AnswerSubmitted.v1";

    public AnswerSubmitted {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(competencyId, "competencyId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
