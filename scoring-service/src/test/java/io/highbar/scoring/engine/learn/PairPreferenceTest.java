package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The pair preference reads a linear model's weights as Tribuo does, and moves only real stories' grades, by no more
 * than its share, never across 2.
 */
class PairPreferenceTest {

    private static FeatureRow row(double blame, double assigned, double dims) {
        return new FeatureRow().put("conduct:BLAME", blame).put("assigned", assigned).put("dimMean", dims);
    }

    /** Better tellings own their part and start the work themselves; a model learns that from their differences. */
    private static Model<Label> trained() {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("pairs",
                OffsetDateTime.parse("2026-12-02T00:00:00Z"), labels), labels);
        for (int i = 0; i < 20; i++) {
            FeatureRow better = row(0.1 + 0.01 * i, 0, 1.2 + 0.02 * i);
            FeatureRow worse = row(0.7 - 0.01 * i, i % 2, 1.1 + 0.02 * i);
            FeatureRow up = PairPreference.difference(better, worse);
            FeatureRow down = PairPreference.difference(worse, better);
            data.add(new ArrayExample<>(new Label("1"), up.names(), up.values()));
            data.add(new ArrayExample<>(new Label("0"), down.names(), down.values()));
        }
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 100, data.size(), 1, 7L)
                .train(data);
    }

    @Test
    void theDifferenceIsTheBetterTellingsInputsLessTheWorseOnes() {
        FeatureRow d = PairPreference.difference(row(0.2, 0, 1.5), row(0.6, 1, 1.5));
        assertThat(d.get("conduct:BLAME")).isCloseTo(-0.4, within(1e-12));
        assertThat(d.get("assigned")).isEqualTo(-1);
        assertThat(d.get("dimMean")).isZero();
    }

    @Test
    void theScoreIsTribuosLogOddsWithoutTheBias() {
        Model<Label> model = trained();
        PairPreference p = PairPreference.of(model, 0.3, 0, 1);
        double bias = LinearMargins.of(model).bias();
        for (FeatureRow r : new FeatureRow[] {row(0.2, 0, 1.5), row(0.8, 1, 0.4), row(0, 1, 0.3)}) {
            double p1 = Models.probability(model, r);
            assertThat(p.score(r)).isCloseTo(Math.log(p1 / (1 - p1)) - bias, within(1e-9));
        }
        // what the pairs taught: blame and assigned work lean the way worse tellings do
        assertThat(p.score(row(0.8, 1, 1.2))).isLessThan(p.score(row(0.1, 0, 1.2)));
    }

    @Test
    void onlyRealStoriesMoveAndNoneByMoreThanTheShareOrAcross2() {
        double share = 0.4;
        for (double grade = 1; grade <= 4; grade += 0.05) {
            for (double score : new double[] {-50, -1, 0, 1, 50}) {
                double moved = PairPreference.adjust(grade, score, share, 0, 1);
                // the grade scale bounds the moved grade afterwards, so a grade near 4 may move past it here
                assertThat(Math.abs(moved - grade)).isLessThanOrEqualTo(share + 1e-12);
                if (grade <= 2) {
                    assertThat(moved).isEqualTo(grade);
                } else {
                    assertThat(moved).isGreaterThan(2);
                }
            }
        }
        // a story at 3 or more moves by the whole share where the score is far from the typical story's
        assertThat(PairPreference.adjust(3.2, -40, share, 0, 1)).isCloseTo(2.8, within(1e-9));
        assertThat(PairPreference.adjust(3.2, 1.5, share, 1.5, 1)).isEqualTo(3.2);
        assertThat(PairPreference.adjust(3.2, -40, 0, 0, 1)).isEqualTo(3.2);
    }

    @Test
    void withoutAModelNothingMoves() {
        PairPreference none = PairPreference.none();
        assertThat(none.score(row(0.9, 1, 0))).isZero();
        assertThat(none.adjust(3.5, row(0.9, 1, 0))).isEqualTo(3.5);
    }
}
