package io.highbar.e2e.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Simulated candidates answering steadily through the gateway (each: think, answer, wait for the evaluation on its
 * stream, again), while their streams are dropped at random and reconnect; then what they saw, counted.
 */
final class Traffic implements AutoCloseable {

    /** An answer settled slower than this (or than twice the slowest before the fault) was delayed by the fault. */
    static final Duration MIN_DELAY = Duration.ofSeconds(2);

    private final List<SimulatedCandidate> candidates = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledExecutorService scheduler = EventStreamReader.scheduler();
    private final Duration think;
    private volatile boolean submitting = true;

    /** The text of a candidate's n-th answer (both from 0). */
    interface Answers {
        String text(int candidate, int n);
    }

    Traffic(WebClient web, String token, String competencyId, int count, Duration think, Answers answers) {
        this.think = think;
        for (int i = 0; i < count; i++) {
            candidates.add(new SimulatedCandidate(web, token, competencyId, scheduler));
        }
        for (int i = 0; i < count; i++) {
            SimulatedCandidate candidate = candidates.get(i);
            int index = i;
            Thread t = new Thread(() -> answerSteadily(candidate, n -> answers.text(index, n)), "candidate-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        // clients drop and reconnect throughout: one random stream every 1.5 s
        scheduler.scheduleWithFixedDelay(() -> candidates.get(ThreadLocalRandom.current().nextInt(count)).stream().drop(),
                1500, 1500, TimeUnit.MILLISECONDS);
        threads.forEach(Thread::start);
    }

    private void answerSteadily(SimulatedCandidate candidate, java.util.function.IntFunction<String> answers) {
        int n = 0;
        // staggered start, so the candidates do not answer in lockstep
        pause(ThreadLocalRandom.current().nextLong(think.toMillis() + 1));
        while (submitting) {
            if (!candidate.idle()) {
                pause(50);
                continue;
            }
            pause(think.toMillis());
            if (!submitting) {
                return;
            }
            if (candidate.submit(answers.apply(n))) {
                n++;
            } else {
                pause(1000);
            }
        }
    }

    void stopSubmitting() throws InterruptedException {
        submitting = false;
        for (Thread t : threads) {
            t.join(40_000);
        }
    }

    /** Waits until every answer the streams showed or the gateway accepted is settled on its stream. */
    boolean awaitSettled(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (candidates.stream().allMatch(SimulatedCandidate::idle)) {
                pause(1000); // linger: a late duplicate would show up now
                return true;
            }
            pause(100);
        }
        return false;
    }

    List<SimulatedCandidate> candidates() {
        return candidates;
    }

    /** Accepted answers whose text contains {@code part}. */
    Set<String> acceptedAnswersContaining(String part) {
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> c.accepted().values().stream().filter(a -> a.text().contains(part))
                .forEach(a -> ids.add(a.answerId())));
        return ids;
    }

    Set<String> acceptedAnswerIds() {
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> ids.addAll(c.accepted().keySet()));
        return ids;
    }

    /**
     * @param faultStart   when the fault was injected ({@link System#nanoTime()})
     * @param faultEnd     when the injected condition was over (process restarted, broker back); recovery runs from
     *                     the fault to the settling of the last answer sent before then or delayed by it
     * @param expectFailed answers that must end as answer-failed (the rest must be evaluated)
     */
    ScenarioResult result(String scenario, String fault, long faultStart, long faultEnd, Set<String> expectFailed,
                          String notes) {
        int accepted = 0;
        int refused = 0;
        int evaluated = 0;
        int failed = 0;
        int duplicates = 0;
        int lost = 0;
        int reconnects = 0;
        long recovery = 0;
        long maxLatency = 0;
        List<long[]> timings = new ArrayList<>();
        for (SimulatedCandidate c : candidates) {
            Map<String, SimulatedCandidate.Accepted> ok = c.accepted();
            EventStreamReader stream = c.stream();
            List<EventStreamReader.Seen> seen = stream.seen();
            accepted += ok.size();
            refused += c.refused();
            duplicates += stream.duplicates();
            lost += stream.gaps();
            reconnects += stream.connections() - 1;
            Map<String, Long> submittedAt = new HashMap<>();
            Map<String, Long> settledAt = new HashMap<>();
            Map<String, Integer> settledTimes = new HashMap<>();
            for (EventStreamReader.Seen e : seen) {
                switch (e.type()) {
                    case "answer-submitted" -> {
                        if (submittedAt.putIfAbsent(e.answerId(), e.atNanos()) != null) {
                            duplicates++;
                        }
                    }
                    case "answer-evaluated", "answer-failed" -> {
                        settledAt.putIfAbsent(e.answerId(), e.atNanos());
                        settledTimes.merge(e.answerId(), 1, Integer::sum);
                        boolean wanted = e.type().equals("answer-failed") == expectFailed.contains(e.answerId());
                        if (settledTimes.get(e.answerId()) == 1) {
                            if (e.type().equals("answer-evaluated")) {
                                evaluated++;
                            } else {
                                failed++;
                            }
                            if (!wanted) {
                                lost++; // an answer that should have been evaluated failed (or the reverse)
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            for (int times : settledTimes.values()) {
                duplicates += times - 1;
            }
            Set<String> all = new HashSet<>(submittedAt.keySet());
            all.addAll(ok.keySet());
            for (String answerId : all) {
                Long settled = settledAt.get(answerId);
                if (settled == null || !submittedAt.containsKey(answerId)) {
                    lost++;
                    continue;
                }
                long sentAt = ok.containsKey(answerId) ? ok.get(answerId).atNanos() : submittedAt.get(answerId);
                maxLatency = Math.max(maxLatency, settled - sentAt);
                timings.add(new long[] {sentAt, settled});
            }
        }
        if (faultStart > 0) {
            long normal = Math.max(MIN_DELAY.toNanos(), 2 * timings.stream().filter(t -> t[1] < faultStart)
                    .mapToLong(t -> t[1] - t[0]).max().orElse(0));
            for (long[] t : timings) {
                boolean caught = t[0] < faultEnd && t[1] > faultStart;
                boolean delayed = t[1] > faultStart && t[1] - t[0] > normal;
                if (caught || delayed) {
                    recovery = Math.max(recovery, t[1] - faultStart);
                }
            }
        }
        return new ScenarioResult(scenario, fault, accepted, refused, evaluated, failed, duplicates, lost,
                Duration.ofNanos(recovery), Duration.ofNanos(maxLatency), reconnects, notes);
    }

    @Override
    public void close() {
        submitting = false;
        candidates.forEach(SimulatedCandidate::close);
        scheduler.shutdownNow();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
