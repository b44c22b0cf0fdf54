package io.highbar.scoring.training;

import java.util.Arrays;

/** The cut-off a chosen share of values lies at or above, rounded as thresholds are published. */
final class Percentile {

    private Percentile() {
    }

    /**
     * The value at the {@code q} quantile of {@code values} (the lower of two neighbours, so at least that share of
     * the values are at or above it), rounded to three decimals; NaN when there are none.
     */
    static double of(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Math.round(sorted[(int) Math.floor(q * (sorted.length - 1))] * 1000) / 1000.0;
    }
}
