package io.highbar.interview.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.interview.content.ContentClient;
import io.highbar.interview.content.ContentUnavailable;
import io.highbar.interview.limit.LimitProperties;
import io.highbar.interview.limit.RateLimiter;
import io.highbar.interview.limit.TooManyRequests;
import io.highbar.interview.outbox.OutboxRelay;
import io.highbar.interview.web.InvalidRequest;
import io.highbar.interview.web.InvalidRequest.FieldProblem;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The session use cases: start a session, take an answer, share it with an interviewer, record what the scorer said.
 * A session belongs to the candidate who created it; whoever may not see a session is told it does not exist (404),
 * never that it is forbidden, so ids cannot be probed.
 */
@Service
public class SessionService {

    private static final Set<String> LEVELS = Set.of("SDE1", "SDE2", "SENIOR", "STAFF");

    private final SessionStore store;
    private final ContentClient content;
    private final OutboxRelay relay;
    private final AnswerProperties answers;
    private final Clock clock;
    private final RateLimiter answerLimit;

    public SessionService(SessionStore store, ContentClient content, OutboxRelay relay, AnswerProperties answers,
                          LimitProperties limits, Clock clock) {
        this.store = store;
        this.content = content;
        this.relay = relay;
        this.answers = answers;
        this.clock = clock;
        this.answerLimit = new RateLimiter(limits.answers());
    }

    /** The caller becomes the session's candidate: the owner never comes from the request body. */
    public Mono<Session> create(Caller caller, CreateSessionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            throw new InvalidRequest(List.of(new FieldProblem("body", "send {\"competencyId\": ..., \"mode\": \"DRILL\"}")));
        }
        if (blank(request.competencyId())) {
            problems.add(new FieldProblem("competencyId", "is required, e.g. \"insist-on-highest-standards\""));
        }
        SessionMode mode = parseMode(request.mode(), problems);
        String targetLevel = request.targetLevel() == null ? null : request.targetLevel().toUpperCase(Locale.ROOT);
        if (targetLevel != null && !LEVELS.contains(targetLevel)) {
            problems.add(new FieldProblem("targetLevel", "must be one of SDE1, SDE2, SENIOR, STAFF"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return content.directQuestions(request.competencyId())
                .flatMap(questions -> {
                    if (questions.isEmpty()) {
                        return Mono.error(new ContentUnavailable(new IllegalStateException(
                                "competency " + request.competencyId() + " has no questions")));
                    }
                    var first = questions.get(0);
                    Session session = Session.start(UUID.randomUUID().toString(), caller.subject(), mode,
                            request.competencyId(),
                            blank(request.company()) ? null : request.company().trim(), targetLevel,
                            new Question(first.id(), first.text()), clock.instant());
                    return store.insert(session);
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

    public Mono<AnswerAccepted> submit(Caller caller, String sessionId, SubmitAnswerRequest request) {
        answerLimit.tryAcquire(caller.subject()).ifPresent(wait -> {
            throw new TooManyRequests("You are sending answers faster than anyone can speak them. Wait a moment,"
                    + " then send the answer again.", wait);
        });
        validate(request);
        String answerId = UUID.randomUUID().toString();
        return requireCandidate(caller, sessionId, "Only the session's candidate answers its questions.")
                .then(store.update(sessionId,
                        s -> s.submit(answerId, request.questionId(), request.text(), clock.instant())))
                .switchIfEmpty(Mono.error(() -> new SessionNotFound(sessionId)))
                .doOnNext(relay::publishNow)
                .thenReturn(new AnswerAccepted(answerId));
    }

    /** The candidate (or an admin) lets an interviewer read and watch the session. */
    public Mono<Session> share(Caller caller, String sessionId, ShareRequest request) {
        if (request == null || blank(request.username())) {
            throw new InvalidRequest(List.of(new FieldProblem("username", "is required: the interviewer's username")));
        }
        String interviewer = request.username().trim();
        return requireCandidate(caller, sessionId, "Only the session's candidate shares it.")
                .then(store.update(sessionId, s -> s.shareWith(interviewer, clock.instant())))
                .switchIfEmpty(Mono.error(() -> new SessionNotFound(sessionId)));
    }

    private Mono<Session> requireCandidate(Caller caller, String sessionId, String refusal) {
        return get(caller, sessionId).flatMap(s -> s.isOwnedBy(caller.subject()) || caller.isAdmin()
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
