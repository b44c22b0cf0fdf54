package io.highbar.scoring.training;

/** Agreement statistics of the scoring evaluation (shared/docs/scoring-evaluation.md). */
final class Metrics {

    private Metrics() {
    }

    /** Quadratic weighted kappa between two ratings on 0..k-1. */
    static double qwk(int[] a, int[] b, int k) {
        int n = a.length;
        if (n == 0) {
            return Double.NaN;
        }
        double[][] observed = new double[k][k];
        double[] ha = new double[k];
        double[] hb = new double[k];
        for (int i = 0; i < n; i++) {
            observed[a[i]][b[i]]++;
            ha[a[i]]++;
            hb[b[i]]++;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (i - j) * (i - j) / (double) ((k - 1) * (k - 1));
                double expected = ha[i] * hb[j] / n;
                num += w * observed[i][j];
                den += w * expected;
            }
        }
        return den == 0 ? (num == 0 ? 1 : 0) : 1 - num / den;
    }
}
