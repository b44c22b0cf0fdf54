package io.highbar.loadtool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --latency-log}: one CSV line per accepted answer, so the slow ones can be lined up with what the
 * processes did at that moment (GC and JIT logs carry wall-clock times, hence the epoch milliseconds).
 */
final class LatencyLog {

    static final String HEADER = "sent_epoch_ms,latency_ms,outcome,measured";

    private final long originNanos;
    private final long originEpochMillis;

    /** Pairs {@link System#nanoTime()} with the wall clock once, at the start of the run. */
    LatencyLog(long originNanos, long originEpochMillis) {
        this.originNanos = originNanos;
        this.originEpochMillis = originEpochMillis;
    }

    static LatencyLog startingNow() {
        return new LatencyLog(System.nanoTime(), System.currentTimeMillis());
    }

    List<String> lines(AnswerTracker tracker) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (AnswerTracker.Track t : tracker.acceptedInSendOrder()) {
            double sentMillis = originEpochMillis + (t.sentNanos - originNanos) / 1e6;
            String latency = t.outcome == null ? "" : String.format(Locale.ROOT, "%.1f", t.latencyNanos() / 1e6);
            lines.add(String.format(Locale.ROOT, "%.1f,%s,%s,%b", sentMillis, latency,
                    t.outcome == null ? "lost" : t.outcome, t.measured));
        }
        return lines;
    }

    void write(Path file, AnswerTracker tracker) {
        try {
            Files.write(file, lines(tracker));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the latency log " + file, e);
        }
    }
}
