package io.highbar.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class EvidencePickerTest {

    @Test
    void aSentenceIsQuotedForTheDimensionItShowsMost() {
        double[][] p = {
            {0.9, 0.8, 0.1},
            {0.7, 0.2, 0.6},
            {0.95, 0.1, 0.1}};
        List<List<Integer>> quotes = EvidencePicker.pick(p, new int[] {2, 1, 1});

        assertThat(quotes.get(2)).containsExactly(0);
        assertThat(quotes.get(0)).containsExactly(1);
        assertThat(quotes.get(1)).containsExactly(2);
    }

    @Test
    void aDimensionWhoseBestSentenceIsClaimedQuotesItsBestSentenceNoOtherQuotes() {
        double[][] p = {{0.9, 0.1, 0.3}, {0.6, 0.2, 0.1}};
        List<List<Integer>> quotes = EvidencePicker.pick(p, new int[] {1, 1});

        assertThat(quotes.get(0)).containsExactly(0);
        assertThat(quotes.get(1)).containsExactly(1);
    }

    @Test
    void dimensionsWithoutASentenceOfTheirOwnChooseInOrderOfConfidence() {
        double[][] p = {
            {0.9, 0.1, 0.1},
            {0.2, 0.3, 0.1},
            {0.4, 0.35, 0.2}};
        List<List<Integer>> quotes = EvidencePicker.pick(p, new int[] {2, 1, 1});

        assertThat(quotes.get(0)).containsExactly(0);
        assertThat(quotes.get(2)).containsExactly(1);
        assertThat(quotes.get(1)).containsExactly(2);
    }

    @Test
    void aSentenceIsSharedOnlyWhenEverySentenceIsQuotedAlready() {
        double[][] p = {{0.9, 0.1}, {0.1, 0.8}, {0.6, 0.3}};
        List<List<Integer>> quotes = EvidencePicker.pick(p, new int[] {1, 1, 1});

        assertThat(quotes.get(0)).containsExactly(0);
        assertThat(quotes.get(1)).containsExactly(1);
        assertThat(quotes.get(2)).containsExactly(0);
    }

    @Test
    void aDimensionScoredZeroQuotesNothing() {
        assertThat(EvidencePicker.pick(new double[][] {{0.9, 0.9}}, new int[] {0}).get(0)).isEmpty();
    }
}
