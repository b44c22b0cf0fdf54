package io.highbar.interview.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;

/**
 * A practice session: its plan, answers, notes, the events its stream shows and the answers waiting to be published.
 * Immutable: each change returns a new Session, which the store appends to the session's log as one entry (what
 * the change did), {@code revision} being the entry's seq. Every transition appends the event the session's stream
 * shows for it; an action the current status does not allow throws {@link SessionRuleViolation} (409).
 *
 * @param usedProbes     follow-ups already asked in this session ({@code competencyId|question}), never asked twice
 * @param activityMillis when anything last happened (epoch ms, a number so the expiry sweep can query it)
 * @param createdMillis  {@code createdAt} as a number, for listing newest first
 */
public record Session(
        @JsonProperty("_id") String id,
        String candidateId,
        List<String> interviewers,
        long revision,
        SessionStatus status,
        SessionMode mode,
        String competencyId,
        List<String> competencyIds,
        String company,
        String targetLevel,
        Plan plan,
        List<CardDigest> cards,
        Question currentQuestion,
        List<Answer> answers,
        List<Note> notes,
        List<String> usedProbes,
        long lastEventSeq,
        List<SessionEvent> events,
        List<OutboxEntry> outbox,
        boolean outboxPending,
        long activityMillis,
        long createdMillis,
        Instant createdAt,
        Instant updatedAt) {

    private static final Set<SessionStatus> FINAL = Set.of(SessionStatus.COMPLETED, SessionStatus.ABANDONED,
            SessionStatus.EXPIRED);

    public Session {
        interviewers = copy(interviewers);
        competencyIds = competencyIds == null || competencyIds.isEmpty()
                ? (competencyId == null ? List.of() : List.of(competencyId)) : List.copyOf(competencyIds);
        cards = copy(cards);
        answers = copy(answers);
        if (competencyId != null && answers.stream().anyMatch(a -> a.competencyId() == null)) {
            // answers stored before mixed sessions existed belong to the session's one competency
            String only = competencyId;
            answers = answers.stream().map(a -> a.competencyId() == null ? a.inCompetency(only) : a).toList();
        }
        if (currentQuestion != null && currentQuestion.competencyId() == null) {
            currentQuestion = currentQuestion.inCompetency(competencyId);
        }
        notes = copy(notes);
        usedProbes = copy(usedProbes);
        events = copy(events);
        outbox = copy(outbox);
        if (plan == null && currentQuestion != null) {
            // a session stored before plans existed: one question, DRILL rules
            plan = new Plan(List.of(new PlannedQuestion(currentQuestion.id(), currentQuestion.text(), competencyId)),
                    0, 0, Plan.DEFAULT_TIME_LIMIT_SECONDS);
        }
        if (activityMillis == 0 && updatedAt != null) {
            activityMillis = updatedAt.toEpochMilli();
        }
        if (createdMillis == 0 && createdAt != null) {
            createdMillis = createdAt.toEpochMilli();
        }
    }

    public static Session start(String id, String candidateId, SessionMode mode, String company, String targetLevel,
                                Plan plan, List<CardDigest> cards, Instant now) {
        List<String> competencies = plan.questions().stream().map(PlannedQuestion::competencyId).distinct().toList();
        Session created = new Session(id, candidateId, List.of(), 0, SessionStatus.CREATED, mode, competencies.get(0),
                competencies, company, targetLevel, plan, cards, null, List.of(), List.of(), List.of(), 0, List.of(),
                List.of(), false, now.toEpochMilli(), now.toEpochMilli(), now, now);
        return created.askMain(0, now);
    }

    // ---- transitions -------------------------------------------------------------------------------------------

    /**
     * @throws SessionRuleViolation when the session is not waiting for an answer to {@code questionId}
     */
    public Session submit(String answerId, String questionId, String text, Instant now, int maxAnswers) {
        if (status == SessionStatus.AWAITING_EVALUATION) {
            throw new SessionRuleViolation("The previous answer of session " + id
                    + " is still being evaluated; wait for its answer-evaluated event, then answer again.");
        }
        if (status != SessionStatus.ASKING || currentQuestion == null) {
            throw violation("takes no more answers", "start a new session (POST /api/sessions)");
        }
        if (!currentQuestion.id().equals(questionId)) {
            throw new SessionRuleViolation("Question '" + questionId + "' was not asked in session " + id
                    + "; the current question is '" + currentQuestion.id() + "'.");
        }
        if (answers.size() >= maxAnswers) {
            throw new SessionRuleViolation("Session " + id + " already holds " + maxAnswers
                    + " answers, the most one session keeps. Complete it (POST /api/sessions/" + id
                    + "/complete) and start a new one.");
        }
        int attempt = (int) answers.stream().filter(a -> a.questionId().equals(questionId)).count() + 1;
        Answer answer = Answer.submitted(answerId, currentQuestion, text, now, attempt);
        AnswerSubmitted event = new AnswerSubmitted(answerId, id, questionId, currentQuestion.text(),
                currentQuestion.competencyId(), text, company, targetLevel, now);
        List<Answer> newAnswers = new ArrayList<>(answers);
        newAnswers.add(answer);
        List<OutboxEntry> newOutbox = new ArrayList<>(outbox);
        newOutbox.add(new OutboxEntry(event, now));
        Draft d = draft();
        d.status = SessionStatus.AWAITING_EVALUATION;
        d.answers = newAnswers;
        d.outbox = newOutbox;
        d.outboxPending = true;
        return d.build().append(SessionEvent.ANSWER_SUBMITTED, new AnswerSubmittedData(answerId, questionId, text, now,
                answer.overTime(), answer.elapsedSeconds()), now);
    }

    /**
     * Idempotent: an evaluation of an answer already settled changes nothing. Then DRILL opens the question again
     * for a retry; MOCK asks a follow-up on the weakest dimension, the next question, or completes.
     */
    public Session recordEvaluation(AnswerEvaluated evaluated, Instant now) {
        Optional<Answer> answer = answer(evaluated.answerId());
        if (answer.isEmpty() || answer.get().settled()) {
            return this;
        }
        Answer settled = answer.get().evaluated(evaluated.evaluation(), evaluated.evaluatedAt(), null);
        Map<String, Integer> change = mode == SessionMode.DRILL && settled.isGraded()
                ? changeSincePreviousAttempt(settled) : null;
        settled = answer.get().evaluated(evaluated.evaluation(), evaluated.evaluatedAt(), change);
        Session recorded = replace(settled, now).append(SessionEvent.ANSWER_EVALUATED,
                new AnswerEvaluatedData(evaluated.answerId(), evaluated.evaluation(), evaluated.evaluatedAt(),
                        settled.attempt(), change), now);
        // an evaluated answer was published: it no longer waits
        return recorded.afterSettled(settled, now).outboxPublished(evaluated.answerId());
    }

    /** Idempotent like {@link #recordEvaluation}; MOCK moves on to the next question instead of stalling. */
    public Session recordScoringFailure(String answerId, String reason, Instant now) {
        Optional<Answer> answer = answer(answerId);
        if (answer.isEmpty() || answer.get().settled()) {
            return this;
        }
        Answer settled = answer.get().failed(reason, now);
        return replace(settled, now).append(SessionEvent.ANSWER_FAILED, new AnswerFailedData(answerId, reason, now), now)
                .afterSettled(settled, now).outboxPublished(answerId);
    }

    /** The candidate ends the session: DRILL whenever a question is open, MOCK early. */
    public Session complete(Instant now) {
        if (status != SessionStatus.ASKING) {
            throw violation("cannot be completed", status == SessionStatus.AWAITING_EVALUATION
                    ? "wait for the answer's evaluation (answer-evaluated), then complete it"
                    : "read its report at GET /api/sessions/" + id + "/report");
        }
        return finish(SessionStatus.COMPLETED, now);
    }

    /** The candidate gives the session up; an answer still being evaluated is recorded when it comes back. */
    public Session abandon(Instant now) {
        if (!isLive()) {
            throw violation("cannot be abandoned", "it has already ended; start a new session (POST /api/sessions)");
        }
        return finish(SessionStatus.ABANDONED, now);
    }

    /** The expiry sweep: a live session idle since before {@code idleSince} ends as EXPIRED; else no change. */
    public Session expireIfIdle(long idleSinceMillis, Instant now) {
        if (!isLive() || activityMillis >= idleSinceMillis) {
            return this;
        }
        return finish(SessionStatus.EXPIRED, now);
    }

    public Session addNote(Note note, int maxNotes) {
        if (!isLive()) {
            throw violation("takes no more notes", "notes are taken while the session is live (ASKING or "
                    + "AWAITING_EVALUATION)");
        }
        if (notes.size() >= maxNotes) {
            throw new SessionRuleViolation("Session " + id + " already holds " + maxNotes
                    + " notes, the most one session keeps. Put the rest in one longer note.");
        }
        List<Note> all = new ArrayList<>(notes);
        all.add(note);
        Draft d = draft();
        d.notes = all;
        return d.build().append(SessionEvent.INTERVIEWER_NOTE_ADDED, new NoteData(note.noteId(), note.author(),
                note.text(), note.shared(), note.answerId(), note.at()), note.at());
    }

    /** @throws SessionRuleViolation when the answer is not evaluated (409) or holds too many overrides */
    public Session override(ScoreOverride override, int maxOverrides) {
        Answer answer = answer(override.answerId()).orElseThrow();
        if (!answer.isEvaluated()) {
            throw new SessionRuleViolation("Answer " + answer.answerId() + " is " + answer.status()
                    + "; only an EVALUATED answer's scores can be overridden.");
        }
        if (!answer.isGraded()) {
            throw new SessionRuleViolation("Answer " + answer.answerId() + " was not scored ("
                    + answer.evaluation().notScored() + "); it has no scores to override.");
        }
        if (answer.overrides().size() >= maxOverrides) {
            throw new SessionRuleViolation("Answer " + answer.answerId() + " already holds " + maxOverrides
                    + " overrides, the most one answer keeps.");
        }
        return replace(answer.overridden(override), override.at()).append(SessionEvent.SCORE_OVERRIDDEN,
                new OverrideData(override.overrideId(), override.answerId(), override.dimension(),
                        override.machineScore(), override.score(), override.reason(), override.by(), override.at()),
                override.at());
    }

    public Session outboxPublished(String answerId) {
        List<OutboxEntry> remaining = outbox.stream().filter(e -> !e.event().answerId().equals(answerId)).toList();
        if (remaining.size() == outbox.size()) {
            return this;
        }
        Draft d = draft();
        d.outbox = remaining;
        d.outboxPending = !remaining.isEmpty();
        return d.build();
    }

    /** Idempotent: sharing with an interviewer who already watches changes nothing. */
    public Session shareWith(String interviewer, Instant now) {
        if (interviewers.contains(interviewer)) {
            return this;
        }
        List<String> shared = new ArrayList<>(interviewers);
        shared.add(interviewer);
        Draft d = draft();
        d.interviewers = shared;
        d.updatedAt = now;
        return d.build();
    }

    // ---- the interview loop ------------------------------------------------------------------------------------

    private Session afterSettled(Answer settled, Instant now) {
        if (status != SessionStatus.AWAITING_EVALUATION || currentQuestion == null
                || !currentQuestion.id().equals(settled.questionId())) {
            return this; // ended meanwhile (abandoned, expired): the answer is recorded, nothing more is asked
        }
        if (mode == SessionMode.DRILL) {
            Draft d = draft();
            d.status = SessionStatus.ASKING;
            d.currentQuestion = currentQuestion.reopened(now, plan.answerTimeLimitSeconds());
            return d.build();
        }
        if (settled.isGraded() && currentQuestion.followUpsAsked() < plan.maxFollowUps()) {
            Optional<CardDigest.FollowUp> followUp = card(currentQuestion.competencyId())
                    .flatMap(card -> FollowUpChoice.weakest(card, settled.evaluation().dimensions(),
                            Set.copyOf(usedProbes)));
            if (followUp.isPresent()) {
                return askFollowUp(followUp.get(), now);
            }
        }
        return plan.hasNext() ? askMain(plan.questionIndex() + 1, now) : finish(SessionStatus.COMPLETED, now);
    }

    private Session askMain(int index, Instant now) {
        Plan next = plan.at(index);
        Question question = Question.main(next.questions().get(index), now, next.answerTimeLimitSeconds());
        Draft d = draft();
        d.status = SessionStatus.ASKING;
        d.plan = next;
        d.currentQuestion = question;
        return d.build().append(SessionEvent.QUESTION_ASKED, new QuestionAskedData(question.id(), question.text(),
                question.competencyId(), question.kind(), index, next.questions().size(), question.askedAt(),
                question.deadline(), next.answerTimeLimitSeconds()), now);
    }

    private Session askFollowUp(CardDigest.FollowUp followUp, Instant now) {
        String parent = currentQuestion.mainQuestionId();
        int number = currentQuestion.followUpsAsked() + 1;
        Question question = Question.followUp(parent, number, currentQuestion.competencyId(), followUp, now,
                plan.answerTimeLimitSeconds());
        List<String> used = new ArrayList<>(usedProbes);
        used.add(FollowUpChoice.probeKey(question.competencyId(), followUp));
        Draft d = draft();
        d.status = SessionStatus.ASKING;
        d.currentQuestion = question;
        d.usedProbes = used;
        return d.build().append(SessionEvent.FOLLOW_UP_ASKED, new FollowUpAskedData(question.id(), question.text(),
                question.competencyId(), question.kind(), question.targets(), parent, number, question.askedAt(),
                question.deadline(), plan.answerTimeLimitSeconds()), now);
    }

    private Session finish(SessionStatus end, Instant now) {
        Draft d = draft();
        d.status = end;
        d.currentQuestion = null;
        return d.build().append(SessionEvent.SESSION_COMPLETED,
                new CompletedData(end, "/api/sessions/" + id + "/report", now), now);
    }

    private Map<String, Integer> changeSincePreviousAttempt(Answer settled) {
        Optional<Answer> previous = answers.stream()
                .filter(a -> a.questionId().equals(settled.questionId()) && a.attempt() < settled.attempt()
                        && a.isGraded())
                .max(Comparator.comparingInt(Answer::attempt));
        if (previous.isEmpty()) {
            return null;
        }
        Map<String, Integer> change = new LinkedHashMap<>();
        settled.effectiveScores().forEach((key, score) -> {
            Integer before = previous.get().effectiveScores().get(key);
            if (before != null) {
                change.put(key, score - before);
            }
        });
        return change;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    public boolean isOwnedBy(String subject) {
        return candidateId != null && candidateId.equals(subject);
    }

    public boolean isSharedWith(String subject) {
        return interviewers.contains(subject);
    }

    /** Roughly how much a copy of this session holds, in answers: for caches bounded by memory, not count. */
    @JsonIgnore
    public int weight() {
        return 1 + answers.size() + (events.size() + notes.size()) / 2;
    }

    /** ASKING or AWAITING_EVALUATION (or the instant of CREATED). */
    @JsonIgnore
    public boolean isLive() {
        return !FINAL.contains(status);
    }

    @JsonIgnore
    public boolean isFinal() {
        return FINAL.contains(status);
    }

    public Optional<Answer> answer(String answerId) {
        return answers.stream().filter(a -> a.answerId().equals(answerId)).findFirst();
    }

    public Optional<CardDigest> card(String competency) {
        return cards.stream().filter(c -> c.competencyId().equals(competency)).findFirst();
    }

    /** The events after {@code seq}, as streams show them. */
    public List<SessionEvent> eventsAfter(long seq) {
        return events.stream().filter(e -> e.seq() > seq).toList();
    }

    public Session withRevision(long newRevision) {
        Draft d = draft();
        d.revision = newRevision;
        return d.build();
    }

    private SessionRuleViolation violation(String refused, String allowed) {
        return new SessionRuleViolation("Session " + id + " is " + status + " and " + refused + "; " + allowed + ".");
    }

    private Session replace(Answer settled, Instant now) {
        Draft d = draft();
        d.answers = answers.stream().map(a -> a.answerId().equals(settled.answerId()) ? settled : a).toList();
        d.updatedAt = now;
        return d.build();
    }

    private Session append(String type, Object data, Instant now) {
        List<SessionEvent> newEvents = new ArrayList<>(events);
        long seq = lastEventSeq + 1;
        newEvents.add(new SessionEvent(seq, type, EventJson.mapper().valueToTree(data), now));
        Draft d = draft();
        d.lastEventSeq = seq;
        d.events = newEvents;
        d.updatedAt = now;
        d.activityMillis = Math.max(activityMillis, now.toEpochMilli());
        return d.build();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private Draft draft() {
        return new Draft(this);
    }

    /** A mutable copy for one change, so each transition names only what it changes. */
    private static final class Draft {
        final String id;
        final String candidateId;
        List<String> interviewers;
        long revision;
        SessionStatus status;
        final SessionMode mode;
        final String competencyId;
        final List<String> competencyIds;
        final String company;
        final String targetLevel;
        Plan plan;
        final List<CardDigest> cards;
        Question currentQuestion;
        List<Answer> answers;
        List<Note> notes;
        List<String> usedProbes;
        long lastEventSeq;
        List<SessionEvent> events;
        List<OutboxEntry> outbox;
        boolean outboxPending;
        long activityMillis;
        final long createdMillis;
        final Instant createdAt;
        Instant updatedAt;

        Draft(Session s) {
            id = s.id;
            candidateId = s.candidateId;
            interviewers = s.interviewers;
            revision = s.revision;
            status = s.status;
            mode = s.mode;
            competencyId = s.competencyId;
            competencyIds = s.competencyIds;
            company = s.company;
            targetLevel = s.targetLevel;
            plan = s.plan;
            cards = s.cards;
            currentQuestion = s.currentQuestion;
            answers = s.answers;
            notes = s.notes;
            usedProbes = s.usedProbes;
            lastEventSeq = s.lastEventSeq;
            events = s.events;
            outbox = s.outbox;
            outboxPending = s.outboxPending;
            activityMillis = s.activityMillis;
            createdMillis = s.createdMillis;
            createdAt = s.createdAt;
            updatedAt = s.updatedAt;
        }

        Session build() {
            return new Session(id, candidateId, interviewers, revision, status, mode, competencyId, competencyIds,
                    company, targetLevel, plan, cards, currentQuestion, answers, notes, usedProbes, lastEventSeq,
                    events, outbox, outboxPending, activityMillis, createdMillis, createdAt, updatedAt);
        }
    }

    record QuestionAskedData(String questionId, String text, String competencyId, String kind, int index, int total,
                             Instant askedAt, Instant deadline, int timeLimitSeconds) {
    }

    record FollowUpAskedData(String questionId, String text, String competencyId, String kind, String targets,
                             String parentQuestionId, int followUpNumber, Instant askedAt, Instant deadline,
                             int timeLimitSeconds) {
    }

    record AnswerSubmittedData(String answerId, String questionId, String text, Instant submittedAt, boolean overTime,
                               long elapsedSeconds) {
    }

    record AnswerEvaluatedData(String answerId, Evaluation evaluation, Instant evaluatedAt, int attempt,
                               Map<String, Integer> change) {
    }

    record AnswerFailedData(String answerId, String reason, Instant failedAt) {
    }

    record CompletedData(SessionStatus status, String reportUrl, Instant at) {
    }

    record NoteData(String noteId, String author, String text, boolean shared, String answerId, Instant at) {
    }

    record OverrideData(String overrideId, String answerId, String dimension, int machineScore, int score,
                        String reason, String by, Instant at) {
    }
}
