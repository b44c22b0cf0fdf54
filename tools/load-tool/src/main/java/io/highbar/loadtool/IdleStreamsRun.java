package io.highbar.loadtool;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.highbar.loadtool.Fleet.Candidate;
import io.highbar.loadtool.Gateway.CallFailed;

/**
 * Idle streams: N sessions each with an open, idle event stream, held for {@code --idle-hold}. Reports how
 * many connected, how long connecting took, how many dropped during the hold, interview-service's heap
 * (before, after opening, peak while holding) and, at the end, the time for an evaluation to reach a
 * stream in a sample of the sessions while all the others stay open.
 */
public final class IdleStreamsRun {

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
        report.text("Highbar idle streams: " + n + " streams held " + Options.format(options.idleHold())
                + ", gateway " + options.gateway());
        HeapProbe heap = new HeapProbe(gateway.http(), options.metrics());
        OptionalDouble heapBefore = heap.read();

        AnswerTracker tracker = new AnswerTracker();
        ErrorCounts errors = new ErrorCounts();
        Fleet fleet = new Fleet(gateway, options, tracker, errors);
        report.text("opening " + n + " sessions with event streams ...");
        long streamDeadline = System.nanoTime() + Fleet.SETUP_BOUND_NANOS + options.idleHold().toNanos()
                + options.grace().toNanos() + TimeUnit.SECONDS.toNanos(30);
        List<Candidate> candidates = fleet.setUp(n, streamDeadline);
        LatencySummary connect = LatencySummary.ofNanos(candidates.stream()
                .map(c -> c.stream().connectNanos()).filter(t -> t >= 0).toList());
        OptionalDouble heapOpened = heap.read();
        report.line("streams", String.format(Locale.ROOT, "%d of %d connected (%d failed); %s",
                candidates.size(), n, n - candidates.size(), fleet.authDescription()));
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
        long stillOpen = candidates.stream().filter(c -> c.stream().isOpen()).count();
        report.line("held", String.format(Locale.ROOT, "%d still open after the hold, %d dropped", stillOpen,
                candidates.size() - stillOpen));
        report.line("heap", String.format(Locale.ROOT, "interview-service: before %s, after opening %s, peak "
                        + "while holding %s%s", HeapProbe.mb(heapBefore), HeapProbe.mb(heapOpened),
                Double.isNaN(heapPeak) ? "n/a" : HeapProbe.mb(OptionalDouble.of(heapPeak)),
                heap.problem() != null && heapOpened.isEmpty() ? " (" + options.metrics() + ": " + heap.problem()
                        + ")" : ""));

        List<Candidate> sample = new ArrayList<>(candidates.stream().filter(c -> c.stream().isOpen())
                .limit(options.idleSample()).toList());
        LatencySummary fanOut = LatencySummary.ofMillis(new double[0]);
        if (!sample.isEmpty()) {
            ExecutorService senders = Executors.newFixedThreadPool(Math.min(16, sample.size()),
                    Fleet.daemon("idle-sample"));
            CompletableFuture<?>[] posts = sample.stream().map(c -> CompletableFuture.runAsync(() -> {
                long sentAt = System.nanoTime();
                try {
                    String answerId = gateway.submit(c.session().id(), c.session().questionId(),
                            corpus.pick(new Random(c.index())), c.token());
                    tracker.accepted(answerId, sentAt, 0, true);
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
            while (System.nanoTime() < waitEnd && tracker.tally().lost() > 0) {
                Thread.sleep(20);
            }
            fanOut = LatencySummary.ofNanos(tracker.tally().latencies());
        }
        AnswerTracker.Tally tally = tracker.tally();
        report.line("sample", String.format(Locale.ROOT, "answered in %d idle sessions: evaluated %d, failed %d, "
                + "lost %d; POST -> event: %s", sample.size(), tally.evaluated(), tally.failed(), tally.lost(),
                fanOut.format()));
        Fleet.lingerAndCloseAll(candidates);
        report.errors(errors);

        var json = report.json();
        json.put("requested", n);
        json.put("connected", candidates.size());
        json.put("stillOpen", stillOpen);
        json.put("holdS", options.idleHold().toSeconds());
        heapBefore.ifPresent(h -> json.put("heapBeforeBytes", h));
        heapOpened.ifPresent(h -> json.put("heapOpenedBytes", h));
        if (!Double.isNaN(heapPeak)) {
            json.put("heapPeakBytes", heapPeak);
        }
        Report.latency(json, "connect", connect);
        Report.latency(json, "sampleLatency", fanOut);
        json.put("sampleLost", tally.lost());
        return report;
    }
}
