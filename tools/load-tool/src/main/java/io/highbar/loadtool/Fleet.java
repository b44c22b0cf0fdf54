package io.highbar.loadtool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.highbar.loadtool.Gateway.CallFailed;
import io.highbar.loadtool.Gateway.CreatedSession;
import tools.jackson.databind.JsonNode;

/**
 * Simulated candidates, set up in parallel: each creates a DRILL session and opens its event stream; the stream
 * feeds every {@code answer-evaluated} / {@code answer-failed} to the {@link AnswerTracker}. All candidates play
 * the one account given, so the fleet signs in once and they share the token: a sign-in per candidate spent the
 * setup on password hashing (about 5,000 of them for a 5,000-answer burst) and measured nothing the runs report.
 */
public final class Fleet {

    /** One simulated candidate with its session, its open stream and the session's stalled streams, if any. */
    public record Candidate(int index, String token, CreatedSession session, SseStream stream,
                            List<StalledStream> stalled) {

        void close() {
            stream.close();
            stalled.forEach(StalledStream::close);
        }
    }

    static final int SETUP_PARALLELISM = 16;
    static final long SETUP_BOUND_NANOS = TimeUnit.SECONDS.toNanos(120);
    /** Past 3,000 candidates the setup may take this long per candidate (past the 2-minute bound). */
    static final long SETUP_NANOS_PER_CANDIDATE = TimeUnit.MILLISECONDS.toNanos(40);

    private final Gateway gateway;
    private final Options options;
    private final AnswerTracker tracker;
    private final ErrorCounts errors;
    private final ErrorCounts verdicts = new ErrorCounts();
    private final AtomicBoolean signInMissing = new AtomicBoolean();
    private final AtomicBoolean signedIn = new AtomicBoolean();
    private Gateway.SignIn signIn;

    public Fleet(Gateway gateway, Options options, AnswerTracker tracker, ErrorCounts errors) {
        this.gateway = gateway;
        this.options = options;
        this.tracker = tracker;
        this.errors = errors;
    }

    /** Verdicts of the evaluation events seen (duplicates included): a sanity check of the corpus. */
    public java.util.Map<String, Long> verdicts() {
        return verdicts.snapshot();
    }

    /** How the candidates authenticated, for the report. */
    public String authDescription() {
        if (!options.signIn()) {
            return "no sign-in (no --username)";
        }
        if (signInMissing.get() && !signedIn.get()) {
            return "no sign-in: POST /api/auth/token answered 404, continued without a token";
        }
        return "signed in as " + options.username();
    }

    /**
     * Sets up {@code n} candidates whose streams stay open until {@code streamDeadlineNanos}. Candidates
     * whose setup fails are left out (the failure is counted); the whole setup takes at most
     * {@link #setupBound(int)}.
     */
    public List<Candidate> setUp(int n, long streamDeadlineNanos) {
        long setupDeadline = System.nanoTime() + setupBound(n);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(SETUP_PARALLELISM, n), daemon("setup"));
        List<Future<Candidate>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> System.nanoTime() < setupDeadline
                    ? setUpOne(index, streamDeadlineNanos) : null));
        }
        pool.shutdown();
        List<Candidate> candidates = new ArrayList<>();
        for (Future<Candidate> f : futures) {
            try {
                long left = Math.max(1, setupDeadline - System.nanoTime() + TimeUnit.SECONDS.toNanos(20));
                candidates.add(f.get(left, TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                errors.add("setup:timeout");
                f.cancel(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                errors.add("setup:" + ErrorCounts.describe(e));
            }
        }
        pool.shutdownNow();
        candidates.removeIf(Objects::isNull);
        return candidates;
    }

    private Candidate setUpOne(int index, long streamDeadlineNanos) throws InterruptedException {
        try {
            String token = null;
            if (options.signIn()) {
                Gateway.SignIn signIn = signIn();
                if (signIn.supported()) {
                    token = signIn.token();
                    signedIn.set(true);
                } else {
                    signInMissing.set(true);
                }
            }
            CreatedSession session = gateway.createSession(options.competencyId(), token);
            SseStream stream = new SseStream(gateway.http(), gateway.eventsUri(session.id()), token,
                    this::onEvent, errors, streamDeadlineNanos).start();
            boolean connected;
            try {
                connected = stream.connected().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                errors.add("stream:connect timeout");
                connected = false;
            } catch (java.util.concurrent.ExecutionException e) {
                connected = false;
            }
            if (!connected) {
                stream.close();
                return null;
            }
            List<StalledStream> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < options.stalledStreams(); i++) {
                    stalled.add(StalledStream.open(gateway.eventsUri(session.id()), token));
                }
            } catch (IOException | RuntimeException e) {
                // the candidate's own stream is open by now: it is closed with the stalled ones, not left behind
                errors.add("stalled stream:" + ErrorCounts.describe(e));
                stream.close();
                stalled.forEach(StalledStream::close);
                return null;
            }
            return new Candidate(index, token, session, stream, List.copyOf(stalled));
        } catch (CallFailed e) {
            errors.add(e.kind());
            return null;
        }
    }

    /** The whole setup's bound: 2 minutes, more for fleets past 3,000 candidates. */
    static long setupBound(int candidates) {
        return Math.max(SETUP_BOUND_NANOS, candidates * SETUP_NANOS_PER_CANDIDATE);
    }

    /** Signs in on first use; a failed sign-in is not kept, so the next candidate tries again. */
    private synchronized Gateway.SignIn signIn() throws CallFailed {
        if (signIn == null) {
            signIn = gateway.signIn(options.username(), options.password());
        }
        return signIn;
    }

    private void onEvent(SseParser.SseEvent event, long arrivedNanos) {
        if (!AnswerTracker.EVALUATED.equals(event.event()) && !AnswerTracker.FAILED.equals(event.event())) {
            return;
        }
        try {
            JsonNode data = Gateway.JSON.readTree(event.data());
            String answerId = data.path("answerId").asString(null);
            if (answerId != null) {
                tracker.outcome(answerId, event.event(), arrivedNanos);
                String verdict = data.path("evaluation").path("verdict").asString(null);
                if (verdict != null) {
                    verdicts.add(verdict);
                }
            } else {
                errors.add("stream:event without answerId");
            }
        } catch (RuntimeException e) {
            errors.add("stream:bad event JSON");
        }
    }

    /** How long the streams stay open after the last outcome, so late duplicate evaluations are seen. */
    static final long LINGER_MILLIS = 1_000;

    /** Keeps the streams open for {@link #LINGER_MILLIS} more, then closes them all. */
    public static void lingerAndCloseAll(List<Candidate> candidates) throws InterruptedException {
        if (!candidates.isEmpty()) {
            Thread.sleep(LINGER_MILLIS);
        }
        candidates.forEach(Candidate::close);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, "load-" + name);
            t.setDaemon(true);
            return t;
        };
    }
}
