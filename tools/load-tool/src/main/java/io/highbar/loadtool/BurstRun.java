package io.highbar.loadtool;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.highbar.loadtool.Fleet.Candidate;
import io.highbar.loadtool.Gateway.CallFailed;

/**
 * Burst: N sessions (one per answer, as DRILL takes one answer at a time) are set up first, then all N
 * answers go out as fast as 32 senders can post them. Drain time: from the first POST until the last
 * evaluation arrived. Waits at most {@code --grace} after the last POST.
 */
public final class BurstRun {

    static final int SENDERS = 32;

    private final Options options;
    private final Gateway gateway;
    private final Corpus corpus;

    public BurstRun(Options options, Gateway gateway, Corpus corpus) {
        this.options = options;
        this.gateway = gateway;
        this.corpus = corpus;
    }

    public Report run(PrintStream out) throws InterruptedException {
        Report report = new Report(out, "burst");
        int n = options.burst();
        report.text("Highbar burst: " + n + " answers at once, gateway " + options.gateway());
        AnswerTracker tracker = new AnswerTracker();
        ErrorCounts errors = new ErrorCounts();
        Fleet fleet = new Fleet(gateway, options, tracker, errors);
        report.text("setting up " + n + " sessions with event streams ...");
        // the same bound covers the setup and then the posting
        long bound = Fleet.setupBound(n);
        long streamDeadline = System.nanoTime() + 2 * bound + options.grace().toNanos();
        List<Candidate> candidates = fleet.setUp(n, streamDeadline);
        report.line("sessions", candidates.size() + " of " + n + " ready; " + fleet.authDescription());

        ExecutorService senders = Executors.newFixedThreadPool(SENDERS, Fleet.daemon("burst"));
        LongAdder sent = new LongAdder();
        LongAdder accepted = new LongAdder();
        AtomicLong lastAccepted = new AtomicLong();
        long first = System.nanoTime();
        CompletableFuture<?>[] posts = candidates.stream().map(c -> CompletableFuture.runAsync(() -> {
            long sentAt = System.nanoTime();
            sent.increment();
            try {
                String answerId = gateway.submit(c.session().id(), c.session().questionId(),
                        corpus.pick(new Random(c.index())), c.token());
                accepted.increment();
                tracker.accepted(answerId, sentAt, 0, true);
                lastAccepted.accumulateAndGet(System.nanoTime(), Math::max);
            } catch (CallFailed e) {
                errors.add(e.kind());
            }
        }, senders)).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(posts).get(bound, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            errors.add("burst:posting took over " + TimeUnit.NANOSECONDS.toSeconds(bound) + " s");
        }
        senders.shutdownNow();
        long postsDone = System.nanoTime();
        long waitEnd = postsDone + options.grace().toNanos();
        while (System.nanoTime() < waitEnd) {
            AnswerTracker.Tally t = tracker.tally();
            if (t.lost() == 0 && t.accepted() == accepted.sum()) {
                break;
            }
            Thread.sleep(20);
        }
        Fleet.lingerAndCloseAll(candidates);

        AnswerTracker.Tally tally = tracker.tally();
        LatencySummary latency = LatencySummary.ofNanos(tally.latencies());
        double postSeconds = ((lastAccepted.get() == 0 ? postsDone : lastAccepted.get()) - first) / 1e9;
        double drainSeconds = tally.lastOutcomeNanos() < 0 ? Double.NaN : (tally.lastOutcomeNanos() - first) / 1e9;
        report.line("answers", String.format(Locale.ROOT,
                "sent %d  accepted(202) %d  evaluated %d  failed %d  lost %d  duplicates %d",
                sent.sum(), accepted.sum(), tally.evaluated(), tally.failed(), tally.lost(), tally.duplicates()));
        report.line("posting", String.format(Locale.ROOT, "all accepted %.2f s after the first POST", postSeconds));
        report.line("drain", tally.lost() == 0
                ? String.format(Locale.ROOT, "all settled %.2f s after the first POST (%.1f answers/s)",
                        drainSeconds, tally.accepted() / drainSeconds)
                : String.format(Locale.ROOT, "%d not settled within the %s grace (last settled at %.2f s)",
                        tally.lost(), Options.format(options.grace()), drainSeconds));
        report.line("latency", latency.format());
        report.verdicts(fleet.verdicts());
        report.errors(errors);

        var json = report.json();
        json.put("burst", n);
        json.put("sessions", candidates.size());
        json.put("sent", sent.sum());
        json.put("accepted", accepted.sum());
        json.put("evaluated", tally.evaluated());
        json.put("failed", tally.failed());
        json.put("lost", tally.lost());
        json.put("duplicates", tally.duplicates());
        json.put("postSeconds", Report.round(postSeconds));
        if (!Double.isNaN(drainSeconds)) {
            json.put("drainSeconds", Report.round(drainSeconds));
        }
        json.put("drained", tally.lost() == 0);
        Report.latency(json, "latency", latency);
        return report;
    }
}
