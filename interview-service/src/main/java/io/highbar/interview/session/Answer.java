package io.highbar.interview.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.evaluation.Evaluation;

/**
 * @param attempt         1 for the first answer to a question, 2 for the first retry (DRILL) ...
 * @param change          DRILL retries: per dimension, the effective score minus the previous attempt's; else null
 * @param effectiveScores per dimension, the machine's score unless an interviewer overrode it
 */
public record Answer(
        String answerId,
        String questionId,
        String questionText,
        String text,
        Instant submittedAt,
        AnswerStatus status,
        Evaluation evaluation,
        Instant evaluatedAt,
        String failureReason,
        String competencyId,
        String kind,
        boolean overTime,
        long elapsedSeconds,
        int attempt,
        Map<String, Integer> change,
        List<ScoreOverride> overrides,
        Map<String, Integer> effectiveScores) {

    public Answer {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        effectiveScores = effectiveScores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(effectiveScores));
        kind = kind == null ? Question.MAIN : kind;
        attempt = attempt == 0 ? 1 : attempt;
        if (effectiveScores.isEmpty() && evaluation != null) {
            // stored before overrides existed: the machine's scores are the effective ones
            effectiveScores = machineScores(evaluation);
        }
    }

    private static Map<String, Integer> machineScores(Evaluation evaluation) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        evaluation.dimensions().forEach(d -> scores.put(d.key(), d.score()));
        return Collections.unmodifiableMap(scores);
    }

    Answer inCompetency(String competency) {
        return new Answer(answerId, questionId, questionText, text, submittedAt, status, evaluation, evaluatedAt,
                failureReason, competency, kind, overTime, elapsedSeconds, attempt, change, overrides, effectiveScores);
    }

    static Answer submitted(String answerId, Question question, String text, Instant at, int attempt) {
        boolean overTime = question.deadline() != null && at.isAfter(question.deadline());
        long elapsed = question.askedAt() == null ? 0 : Math.max(0, Duration.between(question.askedAt(), at).toSeconds());
        return new Answer(answerId, question.id(), question.text(), text, at, AnswerStatus.AWAITING_EVALUATION,
                null, null, null, question.competencyId(), question.kind(), overTime, elapsed, attempt, null,
                List.of(), Map.of());
    }

    Answer evaluated(Evaluation evaluation, Instant at, Map<String, Integer> change) {
        return new Answer(answerId, questionId, questionText, text, submittedAt, AnswerStatus.EVALUATED,
                evaluation, at, null, competencyId, kind, overTime, elapsedSeconds, attempt, change, overrides,
                machineScores(evaluation));
    }

    Answer failed(String reason, Instant at) {
        return new Answer(answerId, questionId, questionText, text, submittedAt, AnswerStatus.FAILED,
                null, at, reason, competencyId, kind, overTime, elapsedSeconds, attempt, null, overrides,
                effectiveScores);
    }

    Answer overridden(ScoreOverride override) {
        List<ScoreOverride> all = new ArrayList<>(overrides);
        all.add(override);
        Map<String, Integer> scores = new LinkedHashMap<>(effectiveScores);
        scores.put(override.dimension(), override.score());
        return new Answer(answerId, questionId, questionText, text, submittedAt, status, evaluation, evaluatedAt,
                failureReason, competencyId, kind, overTime, elapsedSeconds, attempt, change, all, scores);
    }

    boolean settled() {
        return status != AnswerStatus.AWAITING_EVALUATION;
    }

    @JsonIgnore
    public boolean isEvaluated() {
        return status == AnswerStatus.EVALUATED && evaluation != null;
    }

    /** Evaluated and graded: an answer the scorer refused (e.g. not in English) has an evaluation but no grade. */
    @JsonIgnore
    public boolean isGraded() {
        return isEvaluated() && evaluation.scored();
    }

    @JsonIgnore
    public boolean isMain() {
        return Question.MAIN.equals(kind);
    }
}
