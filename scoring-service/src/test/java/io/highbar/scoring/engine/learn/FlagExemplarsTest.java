package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FlagExemplarsTest {

    private static final String BLAME = FlagExemplars.key("ownership", "blame_shifting");

    private static final FlagExemplars QUOTED = FlagExemplars.of(Map.of(
            BLAME, List.of(new float[] {1, 0, 0}, new float[] {0.9f, 0.1f, 0}, new float[] {0.8f, 0, 0.2f},
                    new float[] {1, 0, 0}, new float[] {0.9f, 0, 0.1f}),
            FlagExemplars.key("ownership", "not_my_job"), List.of(new float[] {0, 1, 0}, new float[] {0, 1, 0},
                    new float[] {0, 0.9f, 0.1f}, new float[] {0, 1, 0})));

    @Test
    void anAnswerWithASentenceLikeThoseQuotedForAFlagIsCloserToItThanOneWithoutAndThatSentenceIsNamed() {
        float[][] without = {{0, 1, 0}, {0, 0, 1}};
        float[][] with = {{0, 1, 0}, {0.95f, 0.05f, 0}};
        double far = QUOTED.closest(without, "ownership", "blame_shifting").similarity();
        FlagExemplars.Closest near = QUOTED.closest(with, "ownership", "blame_shifting");
        assertThat(near.similarity()).isGreaterThan(0.9).isGreaterThan(far);
        assertThat(near.sentence()).isEqualTo(1);
        assertThat(far).isLessThan(0.2);
    }

    @Test
    void aFlagQuotedInFewerSentencesThanTheMinimumOrOfAnotherCardHasNoClosestSentence() {
        float[][] answer = {{0, 1, 0}};
        assertThat(QUOTED.centroids()).containsOnlyKeys(BLAME);
        assertThat(QUOTED.closest(answer, "ownership", "not_my_job").similarity()).isNaN();
        assertThat(QUOTED.closest(answer, "imported-card", "blame_shifting").sentence()).isEqualTo(-1);
        assertThat(FlagExemplars.none().closest(answer, "ownership", "blame_shifting").similarity()).isNaN();
        assertThat(QUOTED.closest(new float[0][], "ownership", "blame_shifting").sentence()).isEqualTo(-1);
    }

    @Test
    void theCentroidIsAUnitVectorAndSentencesWithoutDirectionGiveNone() {
        float[] c = QUOTED.centroids().get(BLAME);
        double norm = 0;
        for (float x : c) {
            norm += x * x;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(FlagExemplars.of(Map.of(BLAME, Collections.nCopies(5, new float[] {0, 0, 0}))).centroids())
                .isEmpty();
    }

    @Test
    void writtenAndReadBackTheyJudgeExactlyAsBefore() {
        FlagExemplars read = FlagExemplars.read(new ByteArrayInputStream(
                QUOTED.write().getBytes(StandardCharsets.UTF_8)));
        float[][] answer = {{0.3f, 0.5f, 0.2f}, {0.7f, 0.2f, 0.1f}};
        assertThat(read.write()).isEqualTo(QUOTED.write());
        assertThat(read.closest(answer, "ownership", "blame_shifting"))
                .isEqualTo(QUOTED.closest(answer, "ownership", "blame_shifting"));
        assertThat(read.closest(answer, "ownership", "blame_shifting").sentence()).isEqualTo(1);
    }
}
