package io.highbar.scoring.engine.learn;

/**
 * How a raw grade becomes the published one, within 1 to 4. A hard clamp gives every answer the models grade past 4
 * the same 4.0, so two tellings of a strong story tie however far the models set them apart. A soft edge of width
 * {@code edge} keeps grades from {@code 1 + edge} to {@code 4 - edge} as they are and folds the rest towards the
 * bounds, with slope 1 where the fold starts and never reaching them, so the models' order survives to the top.
 *
 * <p>The width is chosen in training on predictions made without the story; it is at most a half, so no grade
 * crosses a verdict's boundary (1.5, 2.5 and 3.5 stay where they are). A width of 0 is the clamp.
 */
public record GradeScale(double edge) {

    public static final double MAX_EDGE = 0.5;
    public static final GradeScale CLAMP = new GradeScale(0);

    public GradeScale {
        if (!(edge >= 0 && edge <= MAX_EDGE)) {
            throw new IllegalArgumentException("a grade's edge is 0 to " + MAX_EDGE + ", not " + edge);
        }
    }

    /** The published grade, 1 to 4, for a raw one (any finite value). */
    public double bound(double raw) {
        if (edge == 0) {
            return Math.max(1, Math.min(4, raw));
        }
        double top = 4 - edge;
        double bottom = 1 + edge;
        if (raw > top) {
            return 4 - edge * Math.exp(-(raw - top) / edge);
        }
        if (raw < bottom) {
            return 1 + edge * Math.exp((raw - bottom) / edge);
        }
        return raw;
    }

    /** Each raw grade bounded (training compares scales on every answer's grade at once). */
    public double[] bound(double[] raw) {
        double[] out = new double[raw.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bound(raw[i]);
        }
        return out;
    }
}
