package io.highbar.loadtool;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.highbar.loadtool.Fleet.Candidate;
import io.highbar.loadtool.Gateway.CallFailed;

/**
 * Idle streams: N open, idle event streams on N/K sessions (K = {@code --streams-per-session}), held for
 * {@code --idle-hold}. Reports how many connected, how long connecting took, how many dropped during the hold,
 * interview-service's heap (before, after opening, peak while holding) and, at the end, the time for an
 * evaluation to reach every stream of a sample of the sessions while all the other streams stay open.
 */
public final class IdleStreamsRun {

    /** Extra streams are opened this many at a time, each batch waiting for its connections. */
    static final int WATCHER_BATCH = 250;

    private final Options options;
    private final Gateway gateway;
    private final Corpus corpus;

    public IdleStreamsRun(Options options, Gateway gateway, Corpus corpus) {
        this.options = options;
        this.gateway = gateway;
        this.corpus = corpus;
    }

    public Report run(PrintStream out) throws InterruptedException {
        Report report = new Report(out, "idle-streams");
        int n = options.idleStreams();
        int perSession = Math.min(options.streamsPerSession(), n);
        int sessions = (n + perSession - 1) / perSession;
        report.text("Highbar idle streams: " + n + " streams on " + sessions + " sessions held "
                + Options.format(options.idleHold()) + ", gateway " + options.gateway());
        HeapProbe heap = new HeapProbe(gateway.http(), options.metrics(), probeToken());
        OptionalDouble heapBefore = heap.read();

        AnswerTracker tracker = new AnswerTracker();
        ErrorCounts errors = new ErrorCounts();
        Fleet fleet = new Fleet(gateway, options, tracker, errors);
        report.text("opening " + sessions + " sessions with event streams ...");
        long streamDeadline = System.nanoTime() + Fleet.SETUP_BOUND_NANOS * 2 + options.idleHold().toNanos()
                + options.grace().toNanos() + TimeUnit.SECONDS.toNanos(30);
        List<Candidate> candidates = fleet.setUp(sessions, streamDeadline);
        FanOut watched = new FanOut();
        Map<Candidate, List<SseStream>> watchers = openWatchers(candidates, n - candidates.size(), watched, errors,
                streamDeadline, report);
        List<SseStream> allStreams = new ArrayList<>();
        candidates.forEach(c -> allStreams.add(c.stream()));
        watchers.values().forEach(allStreams::addAll);
        LatencySummary connect = LatencySummary.ofNanos(allStreams.stream()
                .map(SseStream::connectNanos).filter(t -> t >= 0).toList());
        OptionalDouble heapOpened = heap.read();
        report.line("streams", String.format(Locale.ROOT, "%d of %d connected (%d failed) on %d sessions; %s",
                allStreams.size(), n, n - allStreams.size(), candidates.size(), fleet.authDescription()));
        report.line("connect", connect.format());

        report.text("holding them for " + Options.format(options.idleHold()) + " ...");
        double heapPeak = heapOpened.orElse(Double.NaN);
        long holdEnd = System.nanoTime() + options.idleHold().toNanos();
        while (System.nanoTime() < holdEnd) {
            SteadyRun.sleepUntil(Math.min(holdEnd, System.nanoTime() + TimeUnit.SECONDS.toNanos(5)));
            OptionalDouble h = heap.read();
            if (h.isPresent()) {
                heapPeak = Double.isNaN(heapPeak) ? h.getAsDouble() : Math.max(heapPeak, h.getAsDouble());
            }
        }
        long stillOpen = allStreams.stream().filter(SseStream::isOpen).count();
        report.line("held", String.format(Locale.ROOT, "%d still open after the hold, %d dropped", stillOpen,
                allStreams.size() - stillOpen));
        report.line("heap", String.format(Locale.ROOT, "interview-service: before %s, after opening %s, peak "
                        + "while holding %s%s", HeapProbe.mb(heapBefore), HeapProbe.mb(heapOpened),
                Double.isNaN(heapPeak) ? "n/a" : HeapProbe.mb(OptionalDouble.of(heapPeak)),
                heap.problem() != null && heapOpened.isEmpty() ? " (" + options.metrics() + ": " + heap.problem()
                        + ")" : ""));

        List<Candidate> sample = new ArrayList<>(candidates.stream().filter(c -> c.stream().isOpen())
                .limit(options.idleSample()).toList());
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Candidate> answeredIn = new ConcurrentHashMap<>();
        if (!sample.isEmpty()) {
            ExecutorService senders = Executors.newFixedThreadPool(Math.min(16, sample.size()),
                    Fleet.daemon("idle-sample"));
            CompletableFuture<?>[] posts = sample.stream().map(c -> CompletableFuture.runAsync(() -> {
                long sent = System.nanoTime();
                try {
                    String answerId = gateway.submit(c.session().id(), c.session().questionId(),
                            corpus.pick(new Random(c.index())), c.token());
                    sentAt.put(answerId, sent);
                    answeredIn.put(answerId, c);
                    tracker.accepted(answerId, sent, 0, true);
                } catch (CallFailed e) {
                    errors.add(e.kind());
                }
            }, senders)).toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(posts).get(1, TimeUnit.MINUTES);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                errors.add("sample:posting took over a minute");
            }
            senders.shutdownNow();
            long waitEnd = System.nanoTime() + options.grace().toNanos();
            while (System.nanoTime() < waitEnd && !allDelivered(sentAt, answeredIn, watchers, watched, tracker)) {
                Thread.sleep(20);
            }
        }
        Delivery delivery = delivery(sentAt, answeredIn, watchers, watched, tracker);
        AnswerTracker.Tally tally = tracker.tally();
        report.line("sample", String.format(Locale.ROOT, "answered in %d idle sessions: evaluated %d, failed %d, "
                + "lost %d", sample.size(), tally.evaluated(), tally.failed(), tally.lost()));
        report.line("fan-out", String.format(Locale.ROOT, "each evaluation to every stream of its session "
                        + "(%d per session): delivered %d of %d, duplicates %d; POST -> event at each stream: %s; "
                        + "POST -> last stream of a session: %s", perSession, delivery.delivered(),
                delivery.expected(), watched.duplicates() + tally.duplicates(), delivery.perStream().format(),
                delivery.lastStream().format()));
        Fleet.lingerAndCloseAll(candidates);
        watchers.values().forEach(list -> list.forEach(SseStream::close));
        report.errors(errors);

        var json = report.json();
        json.put("requested", n);
        json.put("sessions", candidates.size());
        json.put("streamsPerSession", perSession);
        json.put("connected", allStreams.size());
        json.put("stillOpen", stillOpen);
        json.put("holdS", options.idleHold().toSeconds());
        heapBefore.ifPresent(h -> json.put("heapBeforeBytes", h));
        heapOpened.ifPresent(h -> json.put("heapOpenedBytes", h));
        if (!Double.isNaN(heapPeak)) {
            json.put("heapPeakBytes", heapPeak);
        }
        Report.latency(json, "connect", connect);
        Report.latency(json, "sampleLatency", delivery.perStream());
        Report.latency(json, "lastStreamLatency", delivery.lastStream());
        json.put("sampleLost", tally.lost());
        json.put("fanOutExpected", delivery.expected());
        json.put("fanOutDelivered", delivery.delivered());
        return report;
    }

    /** A token for the actuator: the metrics endpoint refuses anonymous callers. */
    private String probeToken() {
        if (!options.signIn()) {
            return null;
        }
        try {
            Gateway.SignIn signIn = gateway.signIn(options.username(), options.password());
            return signIn.supported() ? signIn.token() : null;
        } catch (CallFailed e) {
            return null;
        }
    }

    /** Opens {@code missing} more streams spread over the candidates' sessions, in connected batches. */
    private Map<Candidate, List<SseStream>> openWatchers(List<Candidate> candidates, int missing, FanOut watched,
                                                         ErrorCounts errors, long deadlineNanos, Report report)
            throws InterruptedException {
        Map<Candidate, List<SseStream>> watchers = new LinkedHashMap<>();
        if (candidates.isEmpty() || missing <= 0) {
            return watchers;
        }
        report.text("opening " + missing + " more streams on those sessions ...");
        List<SseStream> batch = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            Candidate c = candidates.get(i % candidates.size());
            SseStream stream = new SseStream(gateway.http(), gateway.eventsUri(c.session().id()), c.token(),
                    watched.listener(), errors, deadlineNanos).start();
            watchers.computeIfAbsent(c, k -> new ArrayList<>()).add(stream);
            batch.add(stream);
            if (batch.size() == WATCHER_BATCH || i == missing - 1) {
                for (SseStream s : batch) {
                    try {
                        s.connected().get(20, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                        errors.add("stream:connect timeout");
                    }
                }
                batch.clear();
            }
        }
        watchers.values().forEach(list -> list.removeIf(s -> s.connectNanos() < 0));
        return watchers;
    }

    record Delivery(int expected, int delivered, LatencySummary perStream, LatencySummary lastStream) {
    }

    private static boolean allDelivered(Map<String, Long> sentAt, Map<String, Candidate> answeredIn,
                                        Map<Candidate, List<SseStream>> watchers, FanOut watched,
                                        AnswerTracker tracker) {
        Delivery d = delivery(sentAt, answeredIn, watchers, watched, tracker);
        return d.delivered() >= d.expected();
    }

    /** Per stream: the candidate's own stream (tracker) and its watchers (fan-out), against the POST time. */
    private static Delivery delivery(Map<String, Long> sentAt, Map<String, Candidate> answeredIn,
                                     Map<Candidate, List<SseStream>> watchers, FanOut watched,
                                     AnswerTracker tracker) {
        int expected = 0;
        List<Long> perStream = new ArrayList<>();
        List<Long> lastStream = new ArrayList<>();
        for (Map.Entry<String, Long> sent : sentAt.entrySet()) {
            String answerId = sent.getKey();
            Candidate c = answeredIn.get(answerId);
            expected += 1 + watchers.getOrDefault(c, List.of()).size();
            List<Long> arrivals = new ArrayList<>(watched.arrivals(answerId));
            tracker.arrival(answerId).ifPresent(arrivals::add);
            long last = -1;
            for (long arrived : arrivals) {
                perStream.add(arrived - sent.getValue());
                last = Math.max(last, arrived - sent.getValue());
            }
            if (arrivals.size() == 1 + watchers.getOrDefault(c, List.of()).size()) {
                lastStream.add(last);
            }
        }
        return new Delivery(expected, perStream.size(), LatencySummary.ofNanos(perStream),
                LatencySummary.ofNanos(lastStream));
    }
}
