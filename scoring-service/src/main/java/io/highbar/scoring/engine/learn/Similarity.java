package io.highbar.scoring.engine.learn;

/** Cosine similarity of unit vectors, and the best and second-best match against a bank of exemplars. */
final class Similarity {

    private Similarity() {
    }

    static double cos(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** {best, second best} similarity of v to the bank; 0 for an empty bank. */
    static double[] top2(float[] v, float[][] bank) {
        double best = 0;
        double second = 0;
        boolean any = false;
        for (float[] e : bank) {
            double c = cos(v, e);
            if (!any || c > best) {
                second = any ? best : c;
                best = c;
                any = true;
            } else if (c > second) {
                second = c;
            }
        }
        return new double[] {best, bank.length > 1 ? second : best};
    }

    static double max(float[] v, float[][] bank) {
        return top2(v, bank)[0];
    }
}
