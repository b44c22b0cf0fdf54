package io.highbar.loadtool;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.highbar.loadtool.Fleet.Candidate;
import io.highbar.loadtool.Gateway.CallFailed;

/**
 * Steady load: the candidates answer on an open-loop schedule at the overall target rate. Answer k is due
 * at {@code start + k / rate}; the next free candidate takes it (a DRILL session holds one answer at a time,
 * so a candidate is free once its previous answer's evaluation arrived). If no candidate is free when an
 * answer is due, it goes out late and the schedule lag shows it: then more candidates are needed.
 */
public final class SteadyRun {

    private final Options options;
    private final Gateway gateway;
    private final Corpus corpus;

    public SteadyRun(Options options, Gateway gateway, Corpus corpus) {
        this.options = options;
        this.gateway = gateway;
        this.corpus = corpus;
    }

    public Report run(PrintStream out) throws InterruptedException {
        Report report = new Report(out, "steady");
        report.text(String.format(Locale.ROOT,
                "Highbar load: %d candidates, target %.1f answers/s for %s after a %s warmup (grace %s), "
                        + "gateway %s", options.candidates(), options.rate(), Options.format(options.duration()),
                Options.format(options.warmup()), Options.format(options.grace()), options.gateway()));

        KafkaRoundTrip.Result kafka = null;
        if (options.kafkaSamples() > 0) {
            report.text("measuring the raw Kafka round trip (" + options.kafkaSamples() + " samples) ...");
            kafka = KafkaRoundTrip.measure(options.kafka(), KafkaRoundTrip.typicalAnswerSubmitted(corpus),
                    options.kafkaSamples());
        }

        AnswerTracker tracker = new AnswerTracker();
        ErrorCounts errors = new ErrorCounts();
        Fleet fleet = new Fleet(gateway, options, tracker, errors);
        report.text("setting up " + options.candidates() + " candidates (session + event stream) ...");
        long streamDeadline = System.nanoTime() + Fleet.setupBound(options.candidates())
                + options.steadyBound().toNanos();
        List<Candidate> candidates = fleet.setUp(options.candidates(), streamDeadline);
        report.line("candidates", candidates.size() + " of " + options.candidates() + " ready; "
                + fleet.authDescription());
        if (options.stalledStreams() > 0) {
            report.line("stalled", options.stalledStreams() + " more streams per session, requested and never read");
        }
        report.json().put("stalledStreamsPerSession", options.stalledStreams());
        if (candidates.isEmpty()) {
            report.errors(errors);
            report.json().put("ready", 0);
            return report;
        }

        LatencyLog latencyLog = LatencyLog.startingNow();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long warmupEnd = start + options.warmup().toNanos();
        long sendEnd = warmupEnd + options.duration().toNanos();
        long hardEnd = sendEnd + options.grace().toNanos();
        double interval = 1e9 / options.rate();
        AtomicLong ticket = new AtomicLong();
        LongAdder sent = new LongAdder();
        LongAdder accepted = new LongAdder();
        report.text("sending ...");

        List<Thread> threads = new ArrayList<>();
        for (Candidate c : candidates) {
            Thread t = new Thread(() -> answerLoop(c, tracker, errors, ticket, interval, start, warmupEnd, sendEnd,
                    hardEnd, sent, accepted), "load-candidate-" + c.index());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            long left = hardEnd - System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
        threads.forEach(Thread::interrupt);
        Fleet.lingerAndCloseAll(candidates);

        AnswerTracker.Tally tally = tracker.tally();
        LatencySummary latency = LatencySummary.ofNanos(tally.latencies());
        LatencySummary lag = LatencySummary.ofNanos(tally.scheduleLags());
        double seconds = options.duration().toNanos() / 1e9;
        // achieved: what settled while the schedule ran, not what was scheduled
        double throughput = tracker.settledBetween(warmupEnd, sendEnd) / seconds;
        long scheduled = (long) Math.ceil((sendEnd - start) / interval);
        long unsent = options.answersPerCandidate() == 0 ? Math.max(0, scheduled - sent.sum()) : 0;

        report.line("answers", String.format(Locale.ROOT,
                "sent %d%s  accepted(202) %d  evaluated %d  failed %d  lost %d  duplicates %d%s",
                sent.sum(), unsent > 0 ? " (" + unsent + " due but not sent: no free candidate)" : "", accepted.sum(), tally.evaluated(), tally.failed(), tally.lost(), tally.duplicates(),
                tally.unmatched() > 0 ? "  unmatched events " + tally.unmatched() : ""));
        report.line("latency", "POST -> answer-evaluated/failed at the client, answers sent after the warmup:");
        report.line("", latency.format());
        report.line("throughput", String.format(Locale.ROOT, "%.1f answers/s settled during the measured window (target %.1f)", throughput,
                options.rate()));
        report.line("schedule", "lag behind the open-loop schedule: " + lag.format());
        if (lag.count() > 0 && lag.p95() > interval / 1e6 * 2 && lag.p95() > 50) {
            report.line("", String.format(Locale.ROOT, "answers went out late: not enough free candidates; "
                    + "use --candidates >= rate x p99 latency (about %.0f)",
                    Math.ceil(options.rate() * Math.max(latency.p99(), 1) / 1000.0) + 1));
        }
        if (options.latencyLog() != null) {
            // the run's results are printed either way: a full disk must not cost the measurement itself
            try {
                latencyLog.write(options.latencyLog(), tracker);
                report.line("latency log", tally.accepted() + " answers written to " + options.latencyLog());
            } catch (UncheckedIOException e) {
                report.line("latency log", "not written: " + e.getMessage() + " (" + e.getCause() + ")");
            }
        }
        report.verdicts(fleet.verdicts());
        report.errors(errors);
        report.kafka(kafka, latency);

        var json = report.json();
        json.put("candidates", candidates.size());
        json.put("targetRate", options.rate());
        json.put("durationS", seconds);
        json.put("sent", sent.sum());
        json.put("unsent", unsent);
        json.put("accepted", accepted.sum());
        json.put("evaluated", tally.evaluated());
        json.put("failed", tally.failed());
        json.put("lost", tally.lost());
        json.put("duplicates", tally.duplicates());
        json.put("unmatched", tally.unmatched());
        json.put("throughput", Report.round(throughput));
        Report.latency(json, "latency", latency);
        Report.latency(json, "scheduleLag", lag);
        return report;
    }

    private void answerLoop(Candidate c, AnswerTracker tracker, ErrorCounts errors, AtomicLong ticket,
                            double interval, long start, long warmupEnd, long sendEnd, long hardEnd,
                            LongAdder sent, LongAdder accepted) {
        Random random = new Random(c.index() * 7919L + 17);
        int answered = 0;
        try {
            while (options.answersPerCandidate() == 0 || answered < options.answersPerCandidate()) {
                long due = start + (long) (ticket.getAndIncrement() * interval);
                if (due >= sendEnd) {
                    return;
                }
                sleepUntil(due);
                if (System.nanoTime() - sendEnd >= 0) {
                    return; // due in time but no candidate was free before the end: counted as unsent
                }
                long sentAt = System.nanoTime();
                sent.increment();
                answered++;
                String answerId;
                try {
                    answerId = gateway.submit(c.session().id(), c.session().questionId(), corpus.pick(random),
                            c.token());
                } catch (CallFailed e) {
                    errors.add(e.kind());
                    continue;
                }
                accepted.increment();
                AnswerTracker.Track track = tracker.accepted(answerId, sentAt, sentAt - due, due >= warmupEnd);
                try {
                    track.settled().get(Math.max(1, hardEnd - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    return; // counted as lost
                } catch (java.util.concurrent.ExecutionException e) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
    }
}
