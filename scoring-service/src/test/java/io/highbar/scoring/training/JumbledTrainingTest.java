package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.highbar.scoring.engine.learn.Order;
import io.highbar.scoring.training.JumbledTraining.Held;
import io.highbar.scoring.training.Learners.Example;

/**
 * The out-of-order threshold is the real stories' 99th percentile, each predicted without its wave, and each learner
 * is counted on the seeded copies and the writers' shuffled answers apart.
 */
class JumbledTrainingTest {

    @Test
    void theThresholdIsTheRealStoriesNinetyNinthPercentileAndNeverBelowOneHalf() {
        List<Held> examples = new ArrayList<>();
        double[] p = new double[101];
        for (int i = 0; i < 100; i++) {
            examples.add(held(0, "0", false, i % Trainer.FOLDS));
            p[i] = i / 100.0;
        }
        examples.add(held(0, "1", true, 0));
        p[100] = 1.0;

        assertThat(JumbledTraining.threshold(examples, p)).isEqualTo(0.98);
        assertThat(JumbledTraining.threshold(examples, new double[101])).isEqualTo(0.5);
    }

    @Test
    void theModelsCatchTheShuffledAnswersThatReadOutOfOrderAndNotThoseThatReadLikeStories() {
        List<Held> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int fold = i % Trainer.FOLDS;
            examples.add(held(0.2 + (i % 7) * 0.01, "0", false, fold));
            examples.add(held(0.8 + (i % 5) * 0.01, "1", true, fold));
        }
        for (int i = 0; i < 10; i++) {
            examples.add(held(0.85, "1", false, i % Trainer.FOLDS));
            // the same value as a real story's, computed the same way
            examples.add(held(0.2 + 1 * 0.01, "1", false, i % Trainer.FOLDS));
        }

        JumbledTraining.Trial trial = JumbledTraining.trial(examples, new Folds(1), "test");

        assertThat(trial.seeded()).isEqualTo(200);
        assertThat(trial.seededCaught()).isEqualTo(200);
        assertThat(trial.written()).isEqualTo(20);
        assertThat(trial.writtenCaught()).isEqualTo(10);
        assertThat(trial.at()).isBetween(0.5, 1.0);
    }

    private static Held held(double disorder, String label, boolean seeded, int fold) {
        // a story of six sentences whose inversions and concordance say how far out of order it reads
        Order order = new Order(0, 0, 0, 1, false, 0, false, 6, disorder, 0, 1 - disorder, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, false, false);
        return new Held(new Example<>(order.features(), label), fold, seeded);
    }
}
