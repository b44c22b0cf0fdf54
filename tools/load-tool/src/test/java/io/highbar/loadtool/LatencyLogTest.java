package io.highbar.loadtool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyLogTest {

    @Test
    void writesEveryAcceptedAnswerInSendOrderWithWallClockTimes(@TempDir Path dir) throws Exception {
        long origin = 1_000_000_000L;
        AnswerTracker tracker = new AnswerTracker();
        tracker.accepted("late", origin + 30_000_000L, 0, true);
        tracker.outcome("late", AnswerTracker.EVALUATED, origin + 280_500_000L);
        tracker.accepted("early", origin + 10_000_000L, 0, false);
        tracker.outcome("early", AnswerTracker.FAILED, origin + 52_000_000L);
        tracker.accepted("never", origin + 20_000_000L, 0, true);
        tracker.outcome("unknown", AnswerTracker.EVALUATED, origin + 5_000_000L);

        Path file = dir.resolve("latency.csv");
        new LatencyLog(origin, 1_700_000_000_000L).write(file, tracker);

        assertThat(Files.readAllLines(file)).containsExactly(
                LatencyLog.HEADER,
                "1700000000010.0,42.0,answer-failed,false",
                "1700000000020.0,,lost,true",
                "1700000000030.0,250.5,answer-evaluated,true");
    }

    @Test
    void anEmptyRunIsJustTheHeader() {
        assertThat(LatencyLog.startingNow().lines(new AnswerTracker())).isEqualTo(List.of(LatencyLog.HEADER));
    }
}
