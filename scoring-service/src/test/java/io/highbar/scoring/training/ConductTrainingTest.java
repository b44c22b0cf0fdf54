package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.learn.Conduct;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Reading;
import io.highbar.scoring.training.Learners.Example;

/**
 * Blame is learned from the sentences labellers quoted in answers written to blame others, where the card has no flag
 * of its own for blame: each quoted sentence is a blame example, the rest of the answer none, and a card that flags
 * blame by name (Ownership's blame shifting) leaves it to that flag's quotes. Same-story pairs teach the conduct their
 * worse telling adds where it differs from the better one: work handed over, blame.
 */
class ConductTrainingTest {

    private static final String STORY = "I ran the night shift at a parcel depot. The scanners kept dropping "
            + "labels in March. Honestly the IT contractor never tested the update before they pushed it. "
            + "I logged tickets every night and waited for them to sort it out. The depot missed its targets "
            + "for three weeks.";
    private static final String BLAMING = "Honestly the IT contractor never tested the update before they pushed it.";
    private static final String WAITING = "I logged tickets every night and waited for them to sort it out.";

    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new SentenceEncoder();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void theSentencesQuotedInABlamingAnswerAreBlameWhereTheCardHasNoBlameFlag() {
        List<Example<String>> examples = examples("frugality", "blame_others");

        assertThat(examples).hasSize(2).allSatisfy(e -> {
            assertThat(e.output()).isEqualTo("1");
            assertThat(e.row().get(Conduct.BLAME)).isEqualTo(1.0);
        });
    }

    @Test
    void aCardThatFlagsBlameByNameAndAnAnswerNotWrittenToBlameGiveNone() {
        assertThat(index("ownership").flags()).anyMatch(f -> f.detector().equals(Conduct.BLAME));
        assertThat(examples("ownership", "blame_others")).isEmpty();
        assertThat(examples("frugality", "confident_vagueness")).isEmpty();
    }

    private static final String FOUND = "I noticed the returns backlog growing every week, so I looked into it.";
    private static final String ASSIGNED = "My manager asked me to look into the returns backlog.";
    private static final String REST = " I sorted a month of returns by reason. Most were one size chart error. "
            + "I fixed the chart and returns fell by a third.";

    @Test
    void theAssignedTellingOfASelfStartedStoryTeachesAssignmentWhereItDiffers() {
        Reading better = reading(FOUND + REST);
        Reading worse = reading(ASSIGNED + REST);
        int assignment = Conduct.KINDS.indexOf(Conduct.ASSIGNMENT);

        List<Example<String>> fromWorse = ConductTraining.pairConduct(
                pairAnswer("self_vs_assigned", "worse", ASSIGNED + REST), worse, better);
        List<Example<String>> fromBetter = ConductTraining.pairConduct(
                pairAnswer("self_vs_assigned", "better", FOUND + REST), better, worse);

        assertThat(kindExamples(fromWorse, assignment)).hasSize(worse.size());
        assertThat(positives(fromWorse, assignment)).containsExactly(0);
        assertThat(kindExamples(fromBetter, assignment)).hasSize(better.size());
        assertThat(positives(fromBetter, assignment)).isEmpty();
        assertThat(fromWorse).hasSize(worse.size());
    }

    @Test
    void theBlamingTellingTeachesBlameAndAPairAboutSomethingElseTeachesNeither() {
        Reading owned = reading(FOUND + REST);
        Reading blaming = reading("The warehouse team let the returns backlog grow and never told me." + REST);
        int blame = Conduct.KINDS.indexOf(Conduct.BLAME);

        List<Example<String>> fromBlaming = ConductTraining.pairConduct(
                pairAnswer("owned_vs_blame", "worse", "blaming"), blaming, owned);

        assertThat(fromBlaming).hasSize(blaming.size());
        assertThat(positives(fromBlaming, blame)).containsExactly(0);
        assertThat(ConductTraining.pairConduct(pairAnswer("metrics", "worse", ASSIGNED + REST), reading(ASSIGNED + REST),
                owned)).isEmpty();
    }

    /** The positions, among the examples of kind q, of those labelled "1". */
    private static List<Integer> positives(List<Example<String>> examples, int q) {
        List<Example<String>> ofKind = kindExamples(examples, q);
        return java.util.stream.IntStream.range(0, ofKind.size()).filter(k -> ofKind.get(k).output().equals("1"))
                .boxed().toList();
    }

    private static List<Example<String>> kindExamples(List<Example<String>> examples, int q) {
        return examples.stream().filter(e -> e.row().get(Conduct.KINDS.get(q)) == 1.0).toList();
    }

    private static Reading reading(String text) {
        return Reading.of(text, BundledCards.all().get("ownership").headlineQuestion(), new Nlp(), encoder);
    }

    private static CorpusAnswer pairAnswer(String respect, String variant, String text) {
        CorpusAnswer.Label label = new CorpusAnswer.Label(false, "en", "worse".equals(variant) ? 3 : 4, "SDE2",
                java.util.Map.of(), List.of(), null);
        return new CorpusAnswer("p-" + variant, "s-2", "train", "ownership", "q", text, "pair", null, null, null,
                "en", "retail", "analyst", false, new CorpusAnswer.Pair(respect, variant), "written", label,
                null, null);
    }

    private static List<Example<String>> examples(String cardId, String adversarialType) {
        CompetencyCard card = BundledCards.all().get(cardId);
        Reading r = Reading.of(STORY, card.headlineQuestion(), new Nlp(), encoder);
        CorpusAnswer.Label label = new CorpusAnswer.Label(false, "en", 1, "NONE", java.util.Map.of(),
                List.of(flag("excuses", BLAMING), flag("escalation_without_solution", WAITING)), null);
        CorpusAnswer a = new CorpusAnswer("a-1", "s-1", "train", cardId, card.headlineQuestion(), STORY,
                "adversarial", adversarialType, null, null, "en", "logistics", "shift lead", false, null, "written",
                label, null, null);
        return ConductTraining.blameQuoted(a, r, index(cardId));
    }

    private static CorpusAnswer.FlagLabel flag(String key, String quote) {
        int start = STORY.indexOf(quote);
        return new CorpusAnswer.FlagLabel(key, List.of(new CorpusAnswer.Span(start, start + quote.length(), quote)));
    }

    private static CardIndex index(String cardId) {
        return CardIndex.of(BundledCards.all().get(cardId), encoder);
    }
}
