package io.highbar.loadtool;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Percentiles of a set of latencies, in milliseconds. Percentiles are nearest-rank: the p-th percentile is
 * the smallest sample such that at least p % of the samples are less than or equal to it (so p50 of 1..100
 * is 50 and p99 of 1..100 is 99; p100 is the max). An empty set has count 0 and NaN everywhere else.
 */
public record LatencySummary(int count, double p50, double p95, double p99, double max, double mean) {

    public static LatencySummary ofNanos(Collection<Long> nanos) {
        return ofMillis(nanos.stream().mapToDouble(n -> n / 1_000_000.0).toArray());
    }

    public static LatencySummary ofMillis(double[] millis) {
        if (millis.length == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double m : sorted) {
            sum += m;
        }
        return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1], sum / sorted.length);
    }

    /** Nearest-rank percentile of already sorted values; {@code p} in (0, 100]. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** {@code a / b}, NaN when either side is missing or b is zero. */
    public static double ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? Double.NaN : a / b;
    }

    public String format() {
        if (count == 0) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "p50 %s  p95 %s  p99 %s  max %s  mean %s  (n=%d)",
                ms(p50), ms(p95), ms(p99), ms(max), ms(mean), count);
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
