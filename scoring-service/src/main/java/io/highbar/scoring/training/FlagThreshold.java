package io.highbar.scoring.training;

import java.util.List;
import java.util.Set;

/**
 * The flag probability at which raising flags gives the best micro F1 on predictions made without the answer's wave.
 */
final class FlagThreshold {

    /** The threshold and the micro F1 it gives. */
    record Choice(double at, double f1) {
    }

    private FlagThreshold() {
    }

    static Choice best(List<Trainer.Item> items, double[][] flags) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 10; step <= 80; step++) {
            double at = step / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < items.size(); i++) {
                CorpusAnswer.Label label = items.get(i).answer().label();
                if (label.overall() == null || label.flags() == null) {
                    continue;
                }
                Set<String> want = Trainer.flagKeys(label);
                for (int f = 0; f < flags[i].length; f++) {
                    boolean labelled = want.contains(Trainer.canonicalFlag(items.get(i).reading().card().flags().get(f)
                            .key()));
                    boolean raised = flags[i][f] >= at;
                    tp += labelled && raised ? 1 : 0;
                    fp += !labelled && raised ? 1 : 0;
                    fn += labelled && !raised ? 1 : 0;
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = at;
            }
        }
        return new Choice(best, bestF1);
    }
}
