package io.highbar.loadtool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTrackerTest {

    @Test
    void matchesOutcomesToAcceptedAnswersInEitherOrderAndCountsDuplicatesAndLost() {
        AnswerTracker tracker = new AnswerTracker();
        tracker.accepted("a1", 1_000_000, 0, true);
        tracker.outcome("a1", AnswerTracker.EVALUATED, 5_000_000);
        tracker.outcome("a1", AnswerTracker.EVALUATED, 6_000_000);           // duplicate
        tracker.outcome("a2", AnswerTracker.FAILED, 9_000_000);              // the event beat the 202
        tracker.accepted("a2", 2_000_000, 0, true);
        tracker.accepted("a3", 3_000_000, 0, true);                          // never settled: lost
        tracker.accepted("w1", 500_000, 0, false);                           // warmup: counted, not measured
        tracker.outcome("w1", AnswerTracker.EVALUATED, 700_000);
        tracker.outcome("x9", AnswerTracker.EVALUATED, 1);                   // not ours

        AnswerTracker.Tally tally = tracker.tally();

        assertThat(tally.accepted()).isEqualTo(4);
        assertThat(tally.evaluated()).isEqualTo(2);
        assertThat(tally.failed()).isEqualTo(1);
        assertThat(tally.lost()).isEqualTo(1);
        assertThat(tally.duplicates()).isEqualTo(1);
        assertThat(tally.unmatched()).isEqualTo(1);
        assertThat(tally.measured()).isEqualTo(2);
        assertThat(tally.latencies()).containsExactlyInAnyOrder(4_000_000L, 7_000_000L);
        assertThat(tally.lastOutcomeNanos()).isEqualTo(9_000_000);
    }

    @Test
    void theHeapMetricIsReadFromTheActuatorJson() {
        String json = "{\"name\":\"jvm.memory.used\",\"baseUnit\":\"bytes\",\"measurements\":"
                + "[{\"statistic\":\"VALUE\",\"value\":1.2345678E8}],\"availableTags\":[]}";
        assertThat(HeapProbe.parse(json)).hasValue(1.2345678E8);
        assertThat(HeapProbe.parse("{}")).isEmpty();
    }
}
