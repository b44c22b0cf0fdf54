package io.highbar.interview.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.contracts.evaluation.AnswerEvaluated;

/**
 * A practice session: one MongoDB document holding its answers, its event log and its outbox, so that
 * every change (answer stored + event appended + outbox entry) is one atomic single-document write.
 * Immutable: each change returns a new Session; {@link SessionStore} writes it with a compare-and-set on
 * {@code revision}.
 */
public record Session(
        @JsonProperty("_id") String id,
        String candidateId,
        List<String> interviewers,
        long revision,
        SessionStatus status,
        SessionMode mode,
        String competencyId,
        String company,
        String targetLevel,
        Question currentQuestion,
        List<Answer> answers,
        long lastEventSeq,
        List<SessionEvent> events,
        List<OutboxEntry> outbox,
        boolean outboxPending,
        Instant createdAt,
        Instant updatedAt) {

    public Session {
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
        answers = List.copyOf(answers);
        events = List.copyOf(events);
        outbox = List.copyOf(outbox);
    }

    public static Session start(String id, String candidateId, SessionMode mode, String competencyId, String company,
                                String targetLevel, Question question, Instant now) {
        Session created = new Session(id, candidateId, List.of(),
                0, SessionStatus.CREATED, mode, competencyId, company, targetLevel, null, List.of(), 0, List.of(),
                List.of(), false, now, now);
        return created.ask(question, now);
    }

    Session ask(Question question, Instant now) {
        return new Session(id, candidateId, interviewers,
                revision, SessionStatus.ASKING, mode, competencyId, company, targetLevel, question, answers,
                lastEventSeq, events, outbox, outboxPending, createdAt, now)
                .append(SessionEvent.QUESTION_ASKED, Map.of("questionId", question.id(), "text", question.text()), now);
    }

    /**
     * @throws SessionRuleViolation when the session is not waiting for an answer to {@code questionId}
     */
    public Session submit(String answerId, String questionId, String text, Instant now) {
        if (status == SessionStatus.AWAITING_EVALUATION) {
            throw new SessionRuleViolation("The previous answer of session " + id
                    + " is still being evaluated; wait for its answer-evaluated event, then answer again.");
        }
        if (status != SessionStatus.ASKING || currentQuestion == null) {
            throw new SessionRuleViolation("Session " + id + " is " + status + " and takes no more answers.");
        }
        if (!currentQuestion.id().equals(questionId)) {
            throw new SessionRuleViolation("Question '" + questionId + "' was not asked in session " + id
                    + "; the current question is '" + currentQuestion.id() + "'.");
        }
        Answer answer = Answer.submitted(answerId, currentQuestion, text, now);
        AnswerSubmitted event = new AnswerSubmitted(answerId, id, questionId, currentQuestion.text(), competencyId,
                text, company, targetLevel, now);
        List<Answer> newAnswers = new ArrayList<>(answers);
        newAnswers.add(answer);
        List<OutboxEntry> newOutbox = new ArrayList<>(outbox);
        newOutbox.add(new OutboxEntry(event, now));
        return new Session(id, candidateId, interviewers,
                revision, SessionStatus.AWAITING_EVALUATION, mode, competencyId, company, targetLevel,
                currentQuestion, newAnswers, lastEventSeq, events, newOutbox, true, createdAt, now)
                .append(SessionEvent.ANSWER_SUBMITTED, new AnswerSubmittedData(answerId, questionId, text, now), now);
    }

    /** Idempotent: an evaluation of an answer already settled changes nothing. */
    public Session recordEvaluation(AnswerEvaluated evaluated, Instant now) {
        Optional<Answer> answer = answer(evaluated.answerId());
        if (answer.isEmpty() || answer.get().settled()) {
            return this;
        }
        return settle(answer.get().evaluated(evaluated.evaluation(), evaluated.evaluatedAt()), now)
                .append(SessionEvent.ANSWER_EVALUATED,
                        new AnswerEvaluatedData(evaluated.answerId(), evaluated.evaluation(), evaluated.evaluatedAt()),
                        now);
    }

    /** Idempotent like {@link #recordEvaluation}. */
    public Session recordScoringFailure(String answerId, String reason, Instant now) {
        Optional<Answer> answer = answer(answerId);
        if (answer.isEmpty() || answer.get().settled()) {
            return this;
        }
        return settle(answer.get().failed(reason, now), now)
                .append(SessionEvent.ANSWER_FAILED, new AnswerFailedData(answerId, reason, now), now);
    }

    public Session outboxPublished(String answerId) {
        List<OutboxEntry> remaining = outbox.stream().filter(e -> !e.event().answerId().equals(answerId)).toList();
        if (remaining.size() == outbox.size()) {
            return this;
        }
        return new Session(id, candidateId, interviewers,
                revision, status, mode, competencyId, company, targetLevel, currentQuestion, answers, lastEventSeq,
                events, remaining, !remaining.isEmpty(), createdAt, updatedAt);
    }

    /** Idempotent: sharing with an interviewer who already watches changes nothing. */
    public Session shareWith(String interviewer, Instant now) {
        if (interviewers.contains(interviewer)) {
            return this;
        }
        List<String> shared = new ArrayList<>(interviewers);
        shared.add(interviewer);
        return new Session(id, candidateId, shared, revision, status, mode, competencyId, company, targetLevel,
                currentQuestion, answers, lastEventSeq, events, outbox, outboxPending, createdAt, now);
    }

    public boolean isOwnedBy(String subject) {
        return candidateId != null && candidateId.equals(subject);
    }

    public boolean isSharedWith(String subject) {
        return interviewers.contains(subject);
    }

    public Optional<Answer> answer(String answerId) {
        return answers.stream().filter(a -> a.answerId().equals(answerId)).findFirst();
    }

    public List<SessionEvent> eventsAfter(long seq) {
        return events.stream().filter(e -> e.seq() > seq).toList();
    }

    Session withRevision(long newRevision) {
        return new Session(id, candidateId, interviewers,
                newRevision, status, mode, competencyId, company, targetLevel, currentQuestion, answers, lastEventSeq,
                events, outbox, outboxPending, createdAt, updatedAt);
    }

    private Session settle(Answer settled, Instant now) {
        List<Answer> newAnswers = answers.stream()
                .map(a -> a.answerId().equals(settled.answerId()) ? settled : a).toList();
        // DRILL: the same question stays open for a retry once the previous answer is settled
        SessionStatus next = status == SessionStatus.AWAITING_EVALUATION ? SessionStatus.ASKING : status;
        return new Session(id, candidateId, interviewers,
                revision, next, mode, competencyId, company, targetLevel, currentQuestion, newAnswers, lastEventSeq,
                events, outbox, outboxPending, createdAt, now);
    }

    private Session append(String type, Object data, Instant now) {
        List<SessionEvent> newEvents = new ArrayList<>(events);
        long seq = lastEventSeq + 1;
        newEvents.add(new SessionEvent(seq, type, EventJson.mapper().valueToTree(data), now));
        return new Session(id, candidateId, interviewers,
                revision, status, mode, competencyId, company, targetLevel, currentQuestion, answers, seq, newEvents,
                outbox, outboxPending, createdAt, now);
    }

    record AnswerSubmittedData(String answerId, String questionId, String text, Instant submittedAt) {
    }

    record AnswerEvaluatedData(String answerId, io.highbar.contracts.evaluation.Evaluation evaluation,
                               Instant evaluatedAt) {
    }

    record AnswerFailedData(String answerId, String reason, Instant failedAt) {
    }
}
