package io.highbar.scoring.training;

import java.util.Arrays;

/** A low quantile of some values, rounded as thresholds are published. */
final class Percentile {

    private Percentile() {
    }

    /**
     * The sorted value at index floor(q·(n−1)), so at most a share {@code q} of the values lie below it, rounded to
     * three decimals (which can move it by up to 0.0005); NaN when there are none.
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
