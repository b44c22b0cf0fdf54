package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentileTest {

    @Test
    void takesTheLowerNeighbourOfTheQuantileWhateverTheOrderAndRoundsToThreeDecimals() {
        double[] values = {0.90004, 0.1236, 0.5, 0.7, 0.3};

        assertThat(Percentile.of(values, 0.99)).isEqualTo(0.7);
        assertThat(Percentile.of(values, 1.0)).isEqualTo(0.9);
        assertThat(Percentile.of(values, 0.01)).isEqualTo(0.124);
        assertThat(Percentile.of(values, 0.5)).isEqualTo(0.5);
        assertThat(values[0]).as("the caller's values are left as they were").isEqualTo(0.90004);
    }

    @Test
    void hasNoValueWithoutValues() {
        assertThat(Percentile.of(new double[0], 0.5)).isNaN();
    }
}
