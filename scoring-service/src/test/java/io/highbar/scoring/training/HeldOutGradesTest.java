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
                item("a", "pair", null, new CorpusAnswer.Pair("owned_vs_blame", "better"), 4),
                item("b", "pair", null, new CorpusAnswer.Pair("owned_vs_blame", "worse"), 2),
                item("c", "pair", null, new CorpusAnswer.Pair("owned_vs_blame", "better"), 4),
                item("d", "pair", null, new CorpusAnswer.Pair("owned_vs_blame", "worse"), 3),
                item("e", "pair", null, new CorpusAnswer.Pair("metrics", "better"), 4),
                item("f", "pair", null, new CorpusAnswer.Pair("metrics", "worse"), 3));
        double[] grades = {3.5, 2.0, 3.1, 3.3, 3.0, 3.0};

        assertThat(HeldOutGrades.pairs(pairsOf(items, "a", "c", "e"), grades)).containsExactly(
                "pairs/metrics: 0 of 1 ordered",
                "pairs/owned_vs_blame: 1 of 2 ordered");
    }

    /** Gives each telling of a pair the story of the better one listed before it. */
    private static List<Trainer.Item> pairsOf(List<Trainer.Item> items, String... betterIds) {
        List<Trainer.Item> out = new java.util.ArrayList<>();
        String story = null;
        for (Trainer.Item it : items) {
            CorpusAnswer a = it.answer();
            if (List.of(betterIds).contains(a.id())) {
                story = "s-" + a.id();
            }
            CorpusAnswer paired = new CorpusAnswer(a.id(), story, a.split(), a.competencyId(), a.question(), a.answer(),
                    a.kind(), a.adversarialType(), null, null, a.language(), a.domain(), a.seniority(),
                    a.nonNativeVoice(), a.pair(), a.source(), a.label(), null, null);
            out.add(new Trainer.Item(paired, null, null, null, 0));
        }
        return out;
    }

    private static Trainer.Item item(String id, String kind, String adversarialType, CorpusAnswer.Pair pair,
                                     Integer overall) {
        CorpusAnswer.Label label = new CorpusAnswer.Label(false, "en", overall, "NONE", Map.of(), List.of(), null);
        CorpusAnswer a = new CorpusAnswer(id, "s-" + id, "train", "ownership", "Tell me.", "I did it.", kind,
                adversarialType, null, null, "en", "retail", "clerk", false, pair, "written", label, null, null);
        return new Trainer.Item(a, null, null, null, 0);
    }
}
