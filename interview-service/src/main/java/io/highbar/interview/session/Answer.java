package io.highbar.interview.session;

import java.time.Instant;

import io.highbar.contracts.evaluation.Evaluation;

public record Answer(
        String answerId,
        String questionId,
        String questionText,
        String text,
        Instant submittedAt,
        AnswerStatus status,
        Evaluation evaluation,
        Instant evaluatedAt,
        String failureReason) {

    static Answer submitted(String answerId, Question question, String text, Instant at) {
        return new Answer(answerId, question.id(), question.text(), text, at, AnswerStatus.AWAITING_EVALUATION,
                null, null, null);
    }

    Answer evaluated(Evaluation evaluation, Instant at) {
        return new Answer(answerId, questionId, questionText, text, submittedAt, AnswerStatus.EVALUATED,
                evaluation, at, null);
    }

    Answer failed(String reason, Instant at) {
        return new Answer(answerId, questionId, questionText, text, submittedAt, AnswerStatus.FAILED,
                null, at, reason);
    }

    boolean settled() {
        return status != AnswerStatus.AWAITING_EVALUATION;
    }
}
