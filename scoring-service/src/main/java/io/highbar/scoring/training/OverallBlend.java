package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.highbar.scoring.engine.learn.GradeScale;
import io.highbar.scoring.engine.learn.Ranks;

/**
 * How much of the linear grade goes into the forest's: the share, in tenths up to a half, whose blend of predictions
 * made without the answer's wave best ranks the labelled grades (Spearman) and orders the labelled pairs (the better
 * variant strictly higher), counted equally. Ties go to the smaller share.
 */
final class OverallBlend {

    static final int MAX_TENTHS = 5;

    private OverallBlend() {
    }

    static double best(List<Trainer.Item> items, double[] forest, double[] linear) {
        double best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int tenths = 0; tenths <= MAX_TENTHS; tenths++) {
            double share = tenths / 10.0;
            double[] grade = apply(forest, linear, share);
            double score = spearman(items, grade) + pairsOrdered(items, grade);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = share;
            }
        }
        return best;
    }

    static double[] apply(double[] forest, double[] linear, double share) {
        return GradeScale.CLAMP.bound(raw(forest, linear, share));
    }

    /** The blend before it is bounded to 1..4. */
    static double[] raw(double[] forest, double[] linear, double share) {
        double[] out = new double[forest.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - share) * forest[i] + share * linear[i];
        }
        return out;
    }

    static double spearman(List<Trainer.Item> items, double[] grade) {
        List<Double> predicted = new ArrayList<>();
        List<Double> labelled = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer overall = items.get(i).answer().label().overall();
            if (overall != null) {
                predicted.add(grade[i]);
                labelled.add((double) overall);
            }
        }
        return Ranks.spearman(predicted.stream().mapToDouble(Double::doubleValue).toArray(),
                labelled.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static double pairsOrdered(List<Trainer.Item> items, double[] grade) {
        Map<String, Double> better = new HashMap<>();
        Map<String, Double> worse = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CorpusAnswer a = items.get(i).answer();
            if (a.pair() != null && a.label().overall() != null) {
                ("better".equals(a.pair().variant()) ? better : worse).put(a.storyId(), grade[i]);
            }
        }
        PairOrder order = PairOrder.of(better, worse);
        return order.pairs() == 0 ? 0 : order.share();
    }
}
