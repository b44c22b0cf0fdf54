package io.highbar.loadtool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Matches accepted answers with the {@code answer-evaluated} / {@code answer-failed} events that arrive on
 * the streams, by answer id. The event may arrive before the {@code 202} that names the answer id (the
 * stream and the POST race), so both sides create the entry and the latency is computed at the end.
 */
public final class AnswerTracker {

    public static final String EVALUATED = "answer-evaluated";
    public static final String FAILED = "answer-failed";

    /** One answer: when it was sent and when (and how) it was settled, in {@link System#nanoTime()}. */
    public static final class Track {
        volatile long sentNanos = -1;
        volatile long scheduleLagNanos;
        volatile boolean measured;
        volatile long outcomeNanos = -1;
        volatile String outcome;
        final AtomicInteger outcomes = new AtomicInteger();
        final CompletableFuture<String> settled = new CompletableFuture<>();

        public CompletableFuture<String> settled() {
            return settled;
        }

        public boolean accepted() {
            return sentNanos >= 0;
        }

        public long latencyNanos() {
            return outcomeNanos - sentNanos;
        }
    }

    private final Map<String, Track> tracks = new ConcurrentHashMap<>();
    private final LongAdder duplicates = new LongAdder();

    /** A {@code 202} named this answer id for a POST sent at {@code sentNanos}. */
    public Track accepted(String answerId, long sentNanos, long scheduleLagNanos, boolean measured) {
        Track track = tracks.computeIfAbsent(answerId, id -> new Track());
        track.scheduleLagNanos = scheduleLagNanos;
        track.measured = measured;
        track.sentNanos = sentNanos;
        return track;
    }

    /** A stream delivered {@code answer-evaluated} or {@code answer-failed} for this answer id. */
    public void outcome(String answerId, String type, long nanos) {
        Track track = tracks.computeIfAbsent(answerId, id -> new Track());
        if (track.outcomes.incrementAndGet() == 1) {
            track.outcomeNanos = nanos;
            track.outcome = type;
            track.settled.complete(type);
        } else {
            duplicates.increment();
        }
    }

    /** When this answer's evaluation or failure arrived, if it did. */
    public java.util.OptionalLong arrival(String answerId) {
        Track track = tracks.get(answerId);
        return track == null || track.outcome == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(track.outcomeNanos);
    }

    /** Every accepted answer, warmup included, in the order it was sent. */
    public List<Track> acceptedInSendOrder() {
        return tracks.values().stream().filter(Track::accepted)
                .sorted(java.util.Comparator.comparingLong(t -> t.sentNanos)).toList();
    }

    /** Answers (any, warmup included) whose evaluation or failure arrived in [from, to). */
    public long settledBetween(long fromNanos, long toNanos) {
        return tracks.values().stream()
                .filter(t -> t.accepted() && t.outcome != null)
                .filter(t -> t.outcomeNanos - fromNanos >= 0 && t.outcomeNanos - toNanos < 0)
                .count();
    }

    /** Counts over every answer (warmup included) and latencies of the measured ones. */
    public record Tally(long accepted, long measured, long evaluated, long failed, long lost, long duplicates,
                        long unmatched, List<Long> latencies, List<Long> scheduleLags, long lastOutcomeNanos) {
    }

    public Tally tally() {
        long accepted = 0;
        long measured = 0;
        long evaluated = 0;
        long failed = 0;
        long lost = 0;
        long unmatched = 0;
        long last = -1;
        List<Long> latencies = new ArrayList<>();
        List<Long> lags = new ArrayList<>();
        for (Track t : tracks.values()) {
            if (!t.accepted()) {
                unmatched++;
                continue;
            }
            accepted++;
            if (t.outcome == null) {
                lost++;
                continue;
            }
            last = Math.max(last, t.outcomeNanos);
            if (EVALUATED.equals(t.outcome)) {
                evaluated++;
            } else {
                failed++;
            }
            if (t.measured) {
                measured++;
                latencies.add(t.latencyNanos());
                lags.add(t.scheduleLagNanos);
            }
        }
        return new Tally(accepted, measured, evaluated, failed, lost, duplicates.sum(), unmatched, latencies, lags,
                last);
    }
}
