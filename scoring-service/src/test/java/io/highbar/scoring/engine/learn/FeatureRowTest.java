package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureRowTest {

    @Test
    void aCompactRowHasTheSameFeaturesInTheSameOrderAndIsReadOnly() {
        FeatureRow row = new FeatureRow().put("shown", 0.7).put("own", true).put("absent", 0).put("last", -1.5);

        FeatureRow compact = row.compact();

        assertThat(compact.names()).containsExactly("shown", "own", "last");
        assertThat(compact.values()).containsExactly(0.7, 1.0, -1.5);
        assertThat(compact.get("last")).isEqualTo(-1.5);
        assertThat(compact.get("absent")).isZero();
        assertThatThrownBy(() -> compact.put("shown", 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void compactRowsShareOneStringForANameMadeForEachRow() {
        FeatureRow first = new FeatureRow().putByKind("PUSHBACK", "shown", 0.4).compact();
        FeatureRow second = new FeatureRow().putByKind("PUSHBACK", "shown", 0.9).compact();

        assertThat(first.names()).containsExactly("shown", "PUSHBACK*shown");
        assertThat(second.names()[1]).isSameAs(first.names()[1]);
    }

    @Test
    void aRowForAForestKeepsTwoSignificantDigitsOfEveryFeatureAtAnyScale() {
        FeatureRow row = new FeatureRow().put("share", 0.123456).put("margin", -0.04567).put("words", 5.8318)
                .put("tiny", 0.0041234).put("own", true);

        FeatureRow forest = row.significant();

        assertThat(forest.names()).containsExactly("share", "margin", "words", "tiny", "own");
        assertThat(forest.values()).containsExactly(0.12, -0.046, 5.8, 0.0041, 1.0);
    }

    @Test
    void twoSignificantDigitsLeaveAtMostNinetyValuesADecadeForATreeToSplitOn() {
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            distinct.add(new FeatureRow().put("similarity", 0.1 + 0.9 * random.nextDouble()).significant()
                    .get("similarity"));
        }

        assertThat(distinct).hasSizeBetween(80, 91);
    }
}
