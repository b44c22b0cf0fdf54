package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.highbar.scoring.engine.learn.DimensionCuts;

class DimensionCutChoiceTest {

    /** [label, expected score] pairs: {@code n} of each label, spread evenly over the given expected range. */
    private static List<double[]> pairs(int label, double from, double to, int n) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new double[] {label, from + (to - from) * i / (n - 1)});
        }
        return out;
    }

    @Test
    void scoresThatSitUnderTheMiddleOfTheirLabelMoveTheCutsToMeetThem() {
        // a model that shrinks toward 1: strong signals come out at 1.15-1.4, absent ones at 0.3-0.6
        List<double[]> shrunk = new ArrayList<>();
        shrunk.addAll(pairs(0, 0.3, 0.6, 20));
        shrunk.addAll(pairs(1, 0.75, 1.05, 20));
        shrunk.addAll(pairs(2, 1.15, 1.4, 20));
        DimensionCuts cuts = DimensionCutChoice.best(Map.of("a", shrunk, "b", shrunk));
        assertThat(cuts.low()).isBetween(0.6, 0.75);
        assertThat(cuts.high()).isBetween(1.05, 1.15);
        assertThat(cuts.score(1.3)).isEqualTo(2);
        assertThat(DimensionCuts.ROUNDING.score(1.3)).isEqualTo(1);
    }

    @Test
    void scoresThatRoundingAlreadyReadsRightKeepRounding() {
        List<double[]> exact = new ArrayList<>();
        exact.addAll(pairs(0, 0.0, 0.2, 10));
        exact.addAll(pairs(1, 0.9, 1.1, 10));
        exact.addAll(pairs(2, 1.8, 2.0, 10));
        assertThat(DimensionCutChoice.best(Map.of("a", exact))).isEqualTo(DimensionCuts.ROUNDING);
    }

    @Test
    void cutsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new DimensionCuts(1.2, 0.8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DimensionCuts(0.5, 2.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
