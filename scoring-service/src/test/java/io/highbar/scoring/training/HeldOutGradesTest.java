package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The held-out summary groups answers as the test report judges them (adversarial answers by kind, pairs by the respect
 * they differ in) and counts the grades over 2.0; an answer without a grade is left out.
 */
class HeldOutGradesTest {

    @Test
    void groupsByAdversarialKindAndPairRespectAndCountsGradesOverTwo() {
        List<Trainer.Item> items = List.of(
                item("a", "adversarial", "blame_others", null, 1),
                item("b", "adversarial", "blame_others", null, 1),
                item("c", "pair", null, new CorpusAnswer.Pair("owned_vs_blame", "worse"), 2),
                item("d", "plain_strong", null, null, 4),
                item("e", "plain_strong", null, null, null));
        double[] grades = {2.5, 1.5, 2.25, 3.0, 3.9};

        assertThat(HeldOutGrades.summary(items, grades)).containsExactly(
                "adversarial/blame_others: 2 answers, mean 2.000, 1 over 2.0",
                "pair/owned_vs_blame/worse: 1 answers, mean 2.250, 1 over 2.0",
                "plain_strong: 1 answers, mean 3.000, 1 over 2.0");
    }

    @Test
    void countsThePairsOfEachRespectWhoseBetterTellingIsGradedHigher() {
        List<Trainer.Item> items = List.of(
                pair("a", "s1", "owned_vs_blame", "better", 4),
                pair("b", "s1", "owned_vs_blame", "worse", 2),
                pair("c", "s2", "owned_vs_blame", "better", 4),
                pair("d", "s2", "owned_vs_blame", "worse", 3),
                pair("e", "s3", "metrics", "better", 4),
                pair("f", "s3", "metrics", "worse", 3));
        double[] grades = {3.5, 2.0, 3.1, 3.3, 3.0, 3.0};

        assertThat(HeldOutGrades.pairs(items, grades)).containsExactly(
                "pairs/metrics: 0 of 1 ordered",
                "pairs/owned_vs_blame: 1 of 2 ordered");
    }

    private static Trainer.Item pair(String id, String story, String respect, String variant, int overall) {
        return item(id, story, "pair", null, new CorpusAnswer.Pair(respect, variant), overall);
    }

    private static Trainer.Item item(String id, String kind, String adversarialType, CorpusAnswer.Pair pair,
                                     Integer overall) {
        return item(id, "s-" + id, kind, adversarialType, pair, overall);
    }

    private static Trainer.Item item(String id, String story, String kind, String adversarialType,
                                     CorpusAnswer.Pair pair, Integer overall) {
        CorpusAnswer.Label label = new CorpusAnswer.Label(false, "en", overall, "NONE", Map.of(), List.of(), null);
        CorpusAnswer a = new CorpusAnswer(id, story, "train", "ownership", "Tell me.", "I did it.", kind,
                adversarialType, null, null, "en", "retail", "clerk", false, pair, "written", label, null, null);
        return new Trainer.Item(a, null, null, null, 0, 0);
    }
}
