package io.highbar.scoring.training;

import java.util.List;
import java.util.Locale;

import io.highbar.scoring.engine.learn.GradeScale;

/**
 * The width of the grade scale's soft edge ({@link GradeScale}): the width in tenths up to a half whose published
 * grades (bounded and rounded to two decimals, as an evaluation shows them), predicted without the answer's wave,
 * best rank the labelled grades and order the labelled pairs, counted equally. Ties go to the narrower edge, so the
 * clamp stays unless a soft edge orders more.
 */
final class GradeEdge {

    static final int MAX_TENTHS = (int) Math.round(GradeScale.MAX_EDGE * 10);

    /** The scale chosen, the bounded grades (not rounded: the level model reads them so), and what each width gave. */
    record Result(GradeScale scale, double[] grades, String summary) {
    }

    private GradeEdge() {
    }

    /** @param raw each item's raw grade predicted without its wave (blended and moved by the pair preference) */
    static Result choose(List<Trainer.Item> items, double[] raw) {
        GradeScale best = GradeScale.CLAMP;
        double bestScore = Double.NEGATIVE_INFINITY;
        StringBuilder tried = new StringBuilder();
        for (int tenths = 0; tenths <= MAX_TENTHS; tenths++) {
            GradeScale scale = new GradeScale(tenths / 10.0);
            double[] g = published(scale, raw);
            double rho = OverallBlend.spearman(items, g);
            double ordered = OverallBlend.pairsOrdered(items, g);
            tried.append(String.format(Locale.ROOT, "; edge %.1f: pairs %.3f, Spearman %.4f", scale.edge(), ordered,
                    rho));
            if (rho + ordered > bestScore + 1e-9) {
                bestScore = rho + ordered;
                best = scale;
            }
        }
        return new Result(best, best.bound(raw), "edge " + best.edge() + " (without the answer's wave)" + tried);
    }

    private static double[] published(GradeScale scale, double[] raw) {
        double[] out = scale.bound(raw);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.round(out[i] * 100) / 100.0;
        }
        return out;
    }
}
