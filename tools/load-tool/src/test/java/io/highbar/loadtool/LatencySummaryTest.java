package io.highbar.loadtool;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LatencySummaryTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray(); // unsorted

        LatencySummary s = LatencySummary.ofMillis(values);

        assertThat(s.count()).isEqualTo(100);
        assertThat(s.p50()).isEqualTo(50);
        assertThat(s.p95()).isEqualTo(95);
        assertThat(s.p99()).isEqualTo(99);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.mean()).isCloseTo(50.5, within(1e-9));
        assertThat(values[0]).as("input left untouched").isEqualTo(100);
    }

    @Test
    void smallSetsTakeTheNextSampleUp() {
        double[] sorted = {10, 20, 30};
        assertThat(LatencySummary.percentile(sorted, 50)).isEqualTo(20);
        assertThat(LatencySummary.percentile(sorted, 99)).isEqualTo(30);
        assertThat(LatencySummary.percentile(sorted, 33)).isEqualTo(10);
        assertThat(LatencySummary.percentile(sorted, 34)).isEqualTo(20);
        assertThat(LatencySummary.percentile(new double[] {5}, 99)).isEqualTo(5);
        assertThatThrownBy(() -> LatencySummary.percentile(sorted, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanosAreReportedInMilliseconds() {
        LatencySummary s = LatencySummary.ofNanos(List.of(1_500_000L, 2_500_000L));
        assertThat(s.p50()).isEqualTo(1.5);
        assertThat(s.max()).isEqualTo(2.5);
        assertThat(s.format()).isEqualTo("p50 1.5 ms  p95 2.5 ms  p99 2.5 ms  max 2.5 ms  mean 2.0 ms  (n=2)");
    }

    @Test
    void anEmptySetHasNoPercentilesAndRatiosOfMissingValuesAreNaN() {
        LatencySummary s = LatencySummary.ofMillis(new double[0]);
        assertThat(s.count()).isZero();
        assertThat(s.p99()).isNaN();
        assertThat(s.format()).isEqualTo("no samples");
        assertThat(LatencySummary.ratio(120, 4)).isEqualTo(30);
        assertThat(LatencySummary.ratio(120, 0)).isNaN();
        assertThat(LatencySummary.ratio(Double.NaN, 4)).isNaN();
    }
}
