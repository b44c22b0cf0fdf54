package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.scoring.engine.learn.DimensionCuts;

/**
 * The dimension cuts with the best mean quadratic weighted kappa over the signals, on expected scores predicted
 * without the answer's wave; the acceptance figure is the same mean, over the test split's signals.
 */
final class DimensionCutChoice {

    private DimensionCutChoice() {
    }

    static DimensionCuts best(List<Trainer.Item> items, double[][] dims) {
        Map<String, List<double[]>> bySignal = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Trainer.Item it = items.get(i);
            var labels = it.answer().label().dimensions();
            if (labels == null || dims[i] == null) {
                continue;
            }
            for (int d = 0; d < dims[i].length; d++) {
                String key = it.reading().card().signals().get(d).signal().key();
                CorpusAnswer.DimensionLabel label = labels.get(key);
                if (label != null) {
                    bySignal.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new double[] {Math.max(0, Math.min(2, label.score())), dims[i][d]});
                }
            }
        }
        return best(bySignal);
    }

    /** The best cuts for [label, expected score] pairs by signal; rounding unless other cuts agree better. */
    static DimensionCuts best(Map<String, List<double[]>> bySignal) {
        DimensionCuts best = DimensionCuts.ROUNDING;
        double bestKappa = meanKappa(bySignal, best);
        for (int lo = 20; lo <= 90; lo += 5) {
            for (int hi = 100; hi <= 180; hi += 5) {
                DimensionCuts cuts = new DimensionCuts(lo / 100.0, hi / 100.0);
                double kappa = meanKappa(bySignal, cuts);
                if (kappa > bestKappa + 1e-9) {
                    bestKappa = kappa;
                    best = cuts;
                }
            }
        }
        return best;
    }

    private static double meanKappa(Map<String, List<double[]>> bySignal, DimensionCuts cuts) {
        double sum = 0;
        for (List<double[]> pairs : bySignal.values()) {
            sum += kappa(pairs, cuts);
        }
        return bySignal.isEmpty() ? 0 : sum / bySignal.size();
    }

    /** Quadratic weighted kappa of labels 0..2 against the cut scores (as the report computes it). */
    private static double kappa(List<double[]> pairs, DimensionCuts cuts) {
        int[] labels = new int[pairs.size()];
        int[] scores = new int[pairs.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) pairs.get(i)[0];
            scores[i] = cuts.score(pairs.get(i)[1]);
        }
        return Metrics.qwk(labels, scores, 3);
    }
}
