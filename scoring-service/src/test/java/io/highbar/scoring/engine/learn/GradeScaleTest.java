package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.evaluation.Evaluation;

class GradeScaleTest {

    @Test
    void theClampCutsAtOneAndFourAndLeavesTheRest() {
        GradeScale clamp = GradeScale.CLAMP;
        assertThat(clamp.bound(4.3)).isEqualTo(4.0);
        assertThat(clamp.bound(4.1)).isEqualTo(4.0);
        assertThat(clamp.bound(0.6)).isEqualTo(1.0);
        assertThat(clamp.bound(2.7)).isEqualTo(2.7);
    }

    @Test
    void aSoftEdgeKeepsTheOrderOfGradesPastTheBounds() {
        GradeScale soft = new GradeScale(0.3);
        assertThat(soft.bound(4.1)).isLessThan(soft.bound(4.3)).isGreaterThan(soft.bound(3.9));
        assertThat(soft.bound(4.3)).isLessThan(4.0).isGreaterThan(3.7);
        assertThat(soft.bound(0.9)).isGreaterThan(soft.bound(0.7)).isGreaterThan(1.0).isLessThan(1.3);
        assertThat(soft.bound(2.7)).isEqualTo(2.7);
        assertThat(soft.bound(3.7)).isEqualTo(3.7);
        assertThat(soft.bound(new double[] {4.3, 0.9, 2.7}))
                .containsExactly(soft.bound(4.3), soft.bound(0.9), soft.bound(2.7));
    }

    @Test
    void theFoldIsSmoothAndIncreasingEverywhere() {
        for (int tenths = 1; tenths <= 5; tenths++) {
            GradeScale s = new GradeScale(tenths / 10.0);
            double previous = s.bound(0);
            for (double x = 0.001; x <= 5; x += 0.001) {
                double y = s.bound(x);
                assertThat(y).isGreaterThan(previous).isStrictlyBetween(1.0, 4.0);
                // no jump anywhere, and the slope is at most 1 (it is 1 where the fold starts)
                assertThat(y - previous).isLessThanOrEqualTo(0.001 + 1e-9);
                previous = y;
            }
            double top = 4 - s.edge();
            assertThat((s.bound(top + 1e-6) - s.bound(top)) / 1e-6).isCloseTo(1.0, within(1e-3));
        }
    }

    @Test
    void noEdgeMovesAGradeAcrossAVerdict() {
        for (int tenths = 0; tenths <= 5; tenths++) {
            GradeScale s = new GradeScale(tenths / 10.0);
            for (double x = 0; x <= 5; x += 0.001) {
                assertThat(Evaluation.Verdict.of(s.bound(x))).as("edge %s at %s", s.edge(), x)
                        .isEqualTo(Evaluation.Verdict.of(GradeScale.CLAMP.bound(x)));
            }
        }
    }

    @Test
    void anEdgeWiderThanAHalfOrNegativeIsRefused() {
        assertThatThrownBy(() -> new GradeScale(0.51)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeScale(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeScale(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
