package io.highbar.scoring.engine.card;

/** The direction of a set of unit vectors: their mean, scaled back to unit length (all zeros for none). */
public final class Centroid {

    private Centroid() {
    }

    public static float[] of(float[][] vectors) {
        if (vectors.length == 0) {
            return new float[0];
        }
        float[] c = new float[vectors[0].length];
        for (float[] v : vectors) {
            for (int d = 0; d < c.length; d++) {
                c[d] += v[d];
            }
        }
        double norm = 0;
        for (float x : c) {
            norm += (double) x * x;
        }
        float inv = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int d = 0; d < c.length; d++) {
            c[d] *= inv;
        }
        return c;
    }
}
