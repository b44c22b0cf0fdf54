package io.highbar.interview.session.app;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.CardDigest;
import io.highbar.interview.session.Note;
import io.highbar.interview.session.Plan;
import io.highbar.interview.session.PlannedQuestion;
import io.highbar.interview.session.ScoreOverride;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionEvent;
import io.highbar.interview.session.SessionMode;
import io.highbar.interview.session.SessionStatus;
import io.highbar.interview.session.store.OutboxRelay;
import io.highbar.interview.session.store.SessionStore;
import io.highbar.interview.validation.InvalidRequest.FieldProblem;
import io.highbar.interview.validation.InvalidRequest;
import io.highbar.interview.validation.UnprocessableRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import com.mongodb.client.model.Filters;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.interview.content.ContentCard;
import io.highbar.interview.content.ContentClient;
import io.highbar.interview.content.ContentQuestion;
import io.highbar.interview.content.ContentUnavailable;
import io.highbar.interview.limit.LimitProperties;
import io.highbar.interview.limit.RateLimiter;
import io.highbar.interview.limit.TooManyRequests;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * The session use cases: start a DRILL or MOCK session, take an answer, complete or abandon it, share it with an
 * interviewer, notes and score overrides, and record what the scorer said. A session belongs to the candidate who
 * created it; whoever may not see a session is told it does not exist (404), never that it is forbidden, so ids
 * cannot be probed.
 */
@Service
public class SessionService {

    private static final Set<String> LEVELS = Set.of("SDE1", "SDE2", "SENIOR", "STAFF");
    private static final int MAX_COMPETENCIES = 5;
    private static final int MAX_LISTED = 100;

    private final SessionStore store;
    private final ContentClient content;
    private final OutboxRelay relay;
    private final AnswerProperties answers;
    private final SessionProperties limits;
    private final OverrideLog overrideLog;
    private final Clock clock;
    private final RateLimiter answerLimit;

    public SessionService(SessionStore store, ContentClient content, OutboxRelay relay, AnswerProperties answers,
                          SessionProperties sessionLimits, OverrideLog overrideLog, LimitProperties limits,
                          Clock clock) {
        this.store = store;
        this.content = content;
        this.relay = relay;
        this.answers = answers;
        this.limits = sessionLimits;
        this.overrideLog = overrideLog;
        this.clock = clock;
        this.answerLimit = new RateLimiter(limits.answers());
    }

    /** The caller becomes the session's candidate: the owner never comes from the request body. */
    public Mono<Session> create(Caller caller, CreateSessionRequest request) {
        SessionRequestRules.Validated valid = SessionRequestRules.validate(request);
        return Flux.fromIterable(valid.competencyIds())
                .concatMap(id -> Mono.zip(content.directQuestions(id), content.card(id)))
                .collectList()
                .flatMap(found -> {
                    List<PlannedQuestion> questions = new ArrayList<>();
                    List<CardDigest> cards = new ArrayList<>();
                    for (int i = 0; i < found.size(); i++) {
                        Tuple2<List<ContentQuestion>, ContentCard> competency = found.get(i);
                        String competencyId = valid.competencyIds().get(i);
                        if (competency.getT1().isEmpty()) {
                            return Mono.error(new ContentUnavailable(new IllegalStateException(
                                    "competency " + competencyId + " has no questions")));
                        }
                        competency.getT1().stream().limit(valid.questionsPerCompetency())
                                .forEach(q -> questions.add(new PlannedQuestion(q.id(), q.text(), competencyId)));
                        cards.add(CardDigest.of(competency.getT2()));
                    }
                    Plan plan = new Plan(questions, 0, valid.maxFollowUps(), valid.answerTimeLimitSeconds());
                    return store.insert(Session.start(UUID.randomUUID().toString(), caller.subject(), valid.mode(),
                            valid.company(), valid.targetLevel(), plan, cards, clock.instant()));
                });
    }

    /** The session if the caller may see it (its candidate, a shared interviewer, an admin); else 404. */
    public Mono<Session> get(Caller caller, String sessionId) {
        return read(sessionId).filter(caller::canSee).switchIfEmpty(Mono.error(() -> new SessionNotFound(sessionId)));
    }

    /** No access check: for re-reads after {@link #get(Caller, String)} let the caller in. */
    public Mono<Session> read(String sessionId) {
        return store.find(sessionId).switchIfEmpty(Mono.error(() -> new SessionNotFound(sessionId)));
    }

    /** The session's events after {@code seq}, read from its log; no access check, as {@link #read}. */
    public Flux<SessionEvent> eventsAfter(String sessionId, long seq) {
        return store.eventsAfter(sessionId, seq);
    }

    /**
     * Sessions the caller may see, newest first: their own, those shared with them, all for an admin.
     *
     * @param status {@code live}, {@code completed} or {@code all}
     */
    public Flux<Session> list(Caller caller, String status) {
        String wanted = status == null || status.isBlank() ? "all" : status.trim().toLowerCase(Locale.ROOT);
        Bson byStatus = switch (wanted) {
            case "live" -> Filters.in("status", SessionStatus.ASKING.name(), SessionStatus.AWAITING_EVALUATION.name());
            case "completed" -> Filters.eq("status", SessionStatus.COMPLETED.name());
            case "all" -> Filters.empty();
            default -> throw new InvalidRequest(List.of(new FieldProblem("status",
                    "must be live, completed or all, got '" + status + "'")));
        };
        Bson visible = caller.isAdmin() ? Filters.empty()
                : Filters.or(Filters.eq("candidateId", caller.subject()), Filters.eq("interviewers", caller.subject()));
        return store.list(Filters.and(visible, byStatus), MAX_LISTED);
    }

    /** The caller's own sessions, newest first, for their progress. */
    public Flux<Session> ownSessions(Caller caller, int limit) {
        return store.list(Filters.eq("candidateId", caller.subject()), limit);
    }

    public Mono<AnswerAccepted> submit(Caller caller, String sessionId, SubmitAnswerRequest request) {
        answerLimit.tryAcquire(caller.subject()).ifPresent(wait -> {
            throw new TooManyRequests("You are sending answers faster than anyone can speak them. Wait a moment,"
                    + " then send the answer again.", wait);
        });
        validate(request);
        String answerId = UUID.randomUUID().toString();
        return asCandidate(caller, sessionId, "Only the session's candidate answers its questions.",
                s -> s.submit(answerId, request.questionId(), request.text(), clock.instant(), limits.maxAnswers()))
                .doOnNext(relay::publishNow)
                .map(s -> new AnswerAccepted(answerId, s.answer(answerId).map(Answer::overTime).orElse(false)));
    }

    public Mono<Session> complete(Caller caller, String sessionId) {
        return asCandidate(caller, sessionId, "Only the session's candidate completes it.",
                s -> s.complete(clock.instant()));
    }

    public Mono<Session> abandon(Caller caller, String sessionId) {
        return asCandidate(caller, sessionId, "Only the session's candidate abandons it.",
                s -> s.abandon(clock.instant()));
    }

    /** The candidate (or an admin) lets an interviewer read and watch the session. */
    public Mono<Session> share(Caller caller, String sessionId, ShareRequest request) {
        if (request == null || blank(request.username())) {
            throw new InvalidRequest(List.of(new FieldProblem("username", "is required: the interviewer's username")));
        }
        String interviewer = request.username().trim();
        return asCandidate(caller, sessionId, "Only the session's candidate shares it.",
                s -> s.shareWith(interviewer, clock.instant()));
    }

    public Mono<Note> addNote(Caller caller, String sessionId, NoteRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            throw new InvalidRequest(List.of(new FieldProblem("body", "send {\"text\": ..., \"shared\": true|false}")));
        }
        if (blank(request.text())) {
            problems.add(new FieldProblem("text", "is empty: write the note"));
        } else if (request.text().length() > 2000) {
            problems.add(new FieldProblem("text", "is " + request.text().length()
                    + " characters; a note holds at most 2,000"));
        }
        if (request.shared() == null) {
            problems.add(new FieldProblem("shared", "is required: true shows the note to the candidate, false keeps it"
                    + " among interviewers"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Note note = new Note(UUID.randomUUID().toString(), sessionId, caller.subject(), request.text().trim(),
                request.shared(), blank(request.answerId()) ? null : request.answerId().trim(), clock.instant());
        return requireJudge(caller, sessionId, "Only an interviewer the session is shared with, or an admin, adds notes.")
                .doOnNext(s -> {
                    if (note.answerId() != null && s.answer(note.answerId()).isEmpty()) {
                        throw new UnprocessableRequest(new FieldProblem("answerId", "is not an answer of session "
                                + sessionId + "; leave it out or take one from GET /api/sessions/" + sessionId));
                    }
                })
                .then(store.update(sessionId, s -> s.addNote(note, limits.maxNotes())))
                .thenReturn(note);
    }

    public Mono<ScoreOverride> override(Caller caller, String sessionId, String answerId, OverrideRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            throw new InvalidRequest(List.of(new FieldProblem("body",
                    "send {\"dimension\": ..., \"score\": 0..2, \"reason\": ...}")));
        }
        if (blank(request.dimension())) {
            problems.add(new FieldProblem("dimension", "is required: a dimension key of the answer's evaluation"));
        }
        if (request.score() == null || request.score() < 0 || request.score() > 2) {
            problems.add(new FieldProblem("score", "must be 0, 1 or 2 (the rubric's scale)"));
        }
        if (blank(request.reason())) {
            problems.add(new FieldProblem("reason", "is required: say why the machine's score is wrong"));
        } else if (request.reason().length() > 1000) {
            problems.add(new FieldProblem("reason", "is " + request.reason().length()
                    + " characters; a reason holds at most 1,000"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        String overrideId = UUID.randomUUID().toString();
        String dimension = request.dimension().trim();
        return requireJudge(caller, sessionId, "Only an interviewer the session is shared with, or an admin, overrides"
                + " scores.")
                .map(s -> s.answer(answerId).orElseThrow(() -> new AnswerNotFound(sessionId, answerId)))
                .flatMap(answer -> store.update(sessionId, s -> {
                    Answer current = s.answer(answerId).orElseThrow(() -> new AnswerNotFound(sessionId, answerId));
                    int machineScore = current.evaluation() == null ? 0 : current.evaluation().dimensions().stream()
                            .filter(d -> d.key().equals(dimension)).mapToInt(Evaluation.DimensionScore::score)
                            .findFirst().orElseThrow(() -> unknownDimension(current, dimension));
                    return s.override(new ScoreOverride(overrideId, sessionId, answerId, current.competencyId(),
                            dimension, machineScore, request.score(), request.reason().trim(), caller.subject(),
                            clock.instant()), limits.maxOverridesPerAnswer());
                }))
                .map(s -> s.answer(answerId).orElseThrow().overrides().stream()
                        .filter(o -> o.overrideId().equals(overrideId)).findFirst().orElseThrow())
                .flatMap(o -> overrideLog.record(o).thenReturn(o));
    }

    private static UnprocessableRequest unknownDimension(Answer answer, String dimension) {
        List<String> known = answer.evaluation().dimensions().stream().map(Evaluation.DimensionScore::key).toList();
        return new UnprocessableRequest(new FieldProblem("dimension", "'" + dimension
                + "' is not a dimension of this answer's evaluation; use one of " + known));
    }

    /** Ends live sessions idle since before {@code idleSince}; safe on every instance at once (one entry per seq). */
    public Flux<Session> expireIdle(Instant idleSince) {
        long cutoff = idleSince.toEpochMilli();
        return store.idleLiveSessions(cutoff, 500).concatMap(id -> {
            AtomicBoolean expiredHere = new AtomicBoolean();
            return store.update(id, s -> {
                Session next = s.expireIfIdle(cutoff, clock.instant());
                expiredHere.set(next != s);
                return next;
            }).filter(s -> expiredHere.get());
        });
    }

    /**
     * {@code change}, made by the session's candidate (or an admin): the access check runs on the session the change
     * starts from, so a change reads the session once. Whoever may not see it is told it does not exist.
     */
    private Mono<Session> asCandidate(Caller caller, String sessionId, String refusal, UnaryOperator<Session> change) {
        return store.update(sessionId, s -> {
                    if (!caller.canSee(s)) {
                        throw new SessionNotFound(sessionId);
                    }
                    if (!s.isOwnedBy(caller.subject()) && !caller.isAdmin()) {
                        throw new SessionAccessDenied(refusal);
                    }
                    return change.apply(s);
                })
                .switchIfEmpty(Mono.error(() -> new SessionNotFound(sessionId)));
    }

    private Mono<Session> requireJudge(Caller caller, String sessionId, String refusal) {
        return get(caller, sessionId).flatMap(s -> caller.judges(s)
                ? Mono.just(s) : Mono.error(new SessionAccessDenied(refusal)));
    }

    public Mono<Session> recordEvaluation(AnswerEvaluated evaluated) {
        return store.update(evaluated.sessionId(), s -> s.recordEvaluation(evaluated, clock.instant()));
    }

    public Mono<Session> recordScoringFailure(String sessionId, String answerId, String reason) {
        return store.update(sessionId, s -> s.recordScoringFailure(answerId, reason, clock.instant()));
    }

    private void validate(SubmitAnswerRequest request) {
        if (request == null) {
            throw new InvalidRequest(List.of(new FieldProblem("body", "send {\"questionId\": ..., \"text\": ...}")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(request.questionId())) {
            problems.add(new FieldProblem("questionId", "is required: the id of the session's currentQuestion"));
        }
        if (blank(request.text())) {
            problems.add(new FieldProblem("text", "is empty: write or dictate your answer"));
        } else if (request.text().length() > answers.maxCharacters()) {
            problems.add(new FieldProblem("text", String.format(Locale.ROOT,
                    "is %,d characters; the limit is %,d (about %d minutes of speech): tighten the story",
                    request.text().length(), answers.maxCharacters(), answers.maxCharacters() / 6 / 150)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The rules of {@code POST /api/sessions}, every broken one listed. */
    static final class SessionRequestRules {

        record Validated(SessionMode mode, List<String> competencyIds, int questionsPerCompetency,
                         int answerTimeLimitSeconds, int maxFollowUps, String company, String targetLevel) {
        }

        static Validated validate(CreateSessionRequest request) {
            if (request == null) {
                throw new InvalidRequest(List.of(new FieldProblem("body",
                        "send {\"competencyId\": ..., \"mode\": \"DRILL\"}")));
            }
            List<FieldProblem> problems = new ArrayList<>();
            boolean hasOne = !blank(request.competencyId());
            boolean hasMix = request.competencyIds() != null;
            SessionMode mode = parseMode(request.mode(), new ArrayList<>());
            if (!hasOne && !hasMix) {
                problems.add(new FieldProblem("competencyId", mode == SessionMode.MOCK
                        ? "is required (or competencyIds for a mix), e.g. \"insist-on-highest-standards\""
                        : "is required, e.g. \"insist-on-highest-standards\""));
            }
            parseMode(request.mode(), problems);
            List<String> competencies = List.of();
            if (hasOne && hasMix) {
                problems.add(new FieldProblem("competencyIds", "send either competencyId (one competency) or"
                        + " competencyIds (a mix), not both"));
            } else if (hasMix && mode == SessionMode.DRILL) {
                problems.add(new FieldProblem("competencyIds", "a DRILL practises one competency: send competencyId"));
            } else if (hasMix) {
                List<String> ids = request.competencyIds();
                if (ids.isEmpty() || ids.size() > MAX_COMPETENCIES) {
                    problems.add(new FieldProblem("competencyIds", "must list 1 to " + MAX_COMPETENCIES
                            + " competencies, got " + ids.size()));
                } else if (ids.stream().anyMatch(SessionService::blank)) {
                    problems.add(new FieldProblem("competencyIds", "must not contain empty ids"));
                } else if (new HashSet<>(ids.stream().map(String::trim).toList()).size() != ids.size()) {
                    problems.add(new FieldProblem("competencyIds", "lists a competency twice; use"
                            + " questionsPerCompetency for more questions of one"));
                } else {
                    competencies = ids.stream().map(String::trim).toList();
                }
            } else if (hasOne) {
                competencies = List.of(request.competencyId().trim());
            }
            int perCompetency = range(request.questionsPerCompetency(), hasOne ? 3 : 1, 1, 5,
                    "questionsPerCompetency", problems);
            int timeLimit = range(request.answerTimeLimitSeconds(), Plan.DEFAULT_TIME_LIMIT_SECONDS, 30, 900,
                    "answerTimeLimitSeconds", problems);
            int followUps = range(request.maxFollowUps(), 2, 0, 2, "maxFollowUps", problems);
            String targetLevel = request.targetLevel() == null ? null : request.targetLevel().toUpperCase(Locale.ROOT);
            if (targetLevel != null && !LEVELS.contains(targetLevel)) {
                problems.add(new FieldProblem("targetLevel", "must be one of SDE1, SDE2, SENIOR, STAFF"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems);
            }
            if (mode == SessionMode.DRILL) {
                // DRILL: one question, retried; no follow-ups
                return new Validated(mode, competencies, 1, timeLimit, 0, company(request), targetLevel);
            }
            return new Validated(mode, competencies, perCompetency, timeLimit, followUps, company(request), targetLevel);
        }

        private static String company(CreateSessionRequest request) {
            return blank(request.company()) ? null : request.company().trim();
        }

        private static int range(Integer value, int fallback, int min, int max, String field,
                                 List<FieldProblem> problems) {
            if (value == null) {
                return fallback;
            }
            if (value < min || value > max) {
                problems.add(new FieldProblem(field, "must be between " + min + " and " + max + ", got " + value));
            }
            return value;
        }

        private static SessionMode parseMode(String mode, List<FieldProblem> problems) {
            if (blank(mode)) {
                problems.add(new FieldProblem("mode", "is required: DRILL or MOCK"));
                return null;
            }
            try {
                return SessionMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("mode", "must be one of " + Arrays.toString(SessionMode.values())));
                return null;
            }
        }
    }
}
