package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExemplarsTest {

    private static final Exemplars THREE = Exemplars.of(Map.of(
            "frugality", List.of(new float[] {1, 0, 0}, new float[] {0.8f, 0.2f, 0}),
            "ownership", List.of(new float[] {0, 1, 0}),
            "think-big", List.of(new float[] {0, 0, 1})));

    @Test
    void anAnswerCloseToTheStoriesOfThePrincipleAskedHasAPositiveMarginAndOneCloserToAnothersANegativeOne() {
        float[] aboutSaving = {0.9f, 0.1f, 0};
        List<String> library = List.of("frugality", "ownership", "think-big");
        assertThat(THREE.margin(aboutSaving, "frugality", library)).isPositive();
        assertThat(THREE.margin(aboutSaving, "think-big", library)).isNegative();
    }

    @Test
    void theCardWhoseStoriesTheAnswerReadsMostLikeIsNamedAmongTheOthersOfTheLibrary() {
        float[] aboutScale = {0.1f, 0.1f, 0.9f};
        assertThat(THREE.best(aboutScale, "frugality", List.of("frugality", "ownership", "think-big")))
                .isEqualTo("think-big");
        assertThat(THREE.best(aboutScale, "frugality", List.of("frugality", "ownership"))).isEqualTo("ownership");
        assertThat(THREE.best(aboutScale, "frugality", List.of("frugality", "imported-card"))).isNull();
    }

    @Test
    void aCardWithoutExemplarsOrWithoutAnotherToCompareWithHasNoMargin() {
        float[] answer = {0.9f, 0.1f, 0};
        assertThat(THREE.margin(answer, "imported-card", List.of("imported-card", "frugality"))).isNaN();
        assertThat(THREE.margin(answer, "frugality", List.of("frugality", "imported-card"))).isNaN();
        assertThat(Exemplars.none().margin(answer, "frugality", List.of("frugality", "ownership"))).isNaN();
    }

    @Test
    void writtenAndReadBackTheyJudgeExactlyAsBefore() {
        Exemplars read = Exemplars.read(new ByteArrayInputStream(THREE.write().getBytes(StandardCharsets.UTF_8)));
        float[] answer = {0.3f, 0.5f, 0.2f};
        List<String> library = List.of("frugality", "ownership", "think-big");
        assertThat(read.write()).isEqualTo(THREE.write());
        assertThat(read.margin(answer, "ownership", library)).isEqualTo(THREE.margin(answer, "ownership", library));
    }
}
