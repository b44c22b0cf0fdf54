package io.highbar.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.learn.Judge;
import io.highbar.scoring.engine.learn.Judgement;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.engine.read.Reading;

/**
 * The exemplar margin's threshold decides alone whether a story reads as another principle's: the same models with
 * a threshold every story falls under, and with one none does; an answer that tells no story, or is graded where
 * telling none is capped, is not read as one. And an answer told that its story shows another principle is graded as
 * one.
 */
class OffPrincipleCapTest {

    /** A plainly told Insist on the Highest Standards story, graded well above lean no hire when nothing caps it. */
    private static final String STORY =
            "I run the bakery line at a plant that makes sandwich bread for about forty grocery stores. Last "
            + "March I noticed that our loaves were coming out of the slicer with crushed tops a few times an "
            + "hour, maybe one loaf in two hundred. The packers were just pulling them off by hand, and the shift "
            + "report still said zero defects, because nobody counted what they pulled. I did not think that was "
            + "good enough, so for two weeks I counted every crushed loaf myself and matched the times to the "
            + "slicer logs. Almost all of them came right after the blade guard was adjusted for the bigger "
            + "loaves. The maintenance lead wanted to leave it until the yearly overhaul in the autumn. I showed "
            + "him my counts and told him that shipping even a few crushed loaves a day was the kind of thing "
            + "stores remember, and that I would not sign off on the line while we knew about it. He agreed to "
            + "reset the guard and we added a one-minute check to the changeover sheet, which I wrote. Crushed "
            + "loaves went from about thirty a day to two or three, and the store complaints about squashed bread "
            + "stopped that quarter. I still look at the changeover sheets every Monday.";

    private static Models models;
    private static ScoringEngine everyStoryUnder;
    private static ScoringEngine noStoryUnder;

    @BeforeAll
    static void engines() {
        Models m = Models.load();
        models = m;
        everyStoryUnder = engine(withThreshold(m, Double.POSITIVE_INFINITY));
        noStoryUnder = engine(withThreshold(m, Double.NEGATIVE_INFINITY));
    }

    @AfterAll
    static void close() {
        everyStoryUnder.close();
        noStoryUnder.close();
    }

    @Test
    void aStoryUnderTheThresholdIsFlaggedAndStopsAtLeanNoHire() {
        Evaluation under = score(everyStoryUnder, STORY);
        assertThat(under.overall()).isLessThanOrEqualTo(2.0);
        assertThat(under.flags()).extracting(Evaluation.Flag::key).contains("off_principle");
        assertThat(under.summary()).contains("shows another principle");
        Evaluation above = score(noStoryUnder, STORY);
        assertThat(above.overall()).isGreaterThan(2.0);
        assertThat(above.flags()).extracting(Evaluation.Flag::key).doesNotContain("off_principle");
    }

    @Test
    void anAnswerThatTellsNoStoryIsNotAStoryForAnotherPrinciple() {
        Evaluation e = score(everyStoryUnder, "I always hold myself to a high standard. I believe quality matters "
                + "more than speed. In general I would make sure everyone is aligned and the customer is happy. "
                + "I think that is the most important thing in any job.");
        assertThat(e.flags()).extracting(Evaluation.Flag::key).contains("no_story").doesNotContain("off_principle");
    }

    @Test
    void anAnswerFlaggedAsAStoryForAnotherPrincipleIsGradedAsOne() {
        double flagAt = models.flagAt().at("OFF_PRINCIPLE");
        Checked justRaised = checkStory((j, index) -> withOffPrinciple(j, index, flagAt + 0.01));
        assertThat(justRaised.offPrinciple()).isTrue();
        assertThat(justRaised.checks().cap()).isEqualTo(2.0);
        Checked notRaised = checkStory((j, index) -> withOffPrinciple(j, index, flagAt - 0.01));
        assertThat(notRaised.offPrinciple()).isFalse();
        assertThat(notRaised.checks().cap()).isEqualTo(4.0);
    }

    @Test
    void anAnswerGradedWhereTellingNoStoryIsCappedShowsNoPrinciple() {
        double flagAt = models.flagAt().at("OFF_PRINCIPLE");
        Checked atTheCap = checkStory((j, index) -> graded(withOffPrinciple(j, index, flagAt + 0.01),
                Checks.NO_STORY_CAP));
        assertThat(atTheCap.offPrinciple()).isFalse();
        Checked justAbove = checkStory((j, index) -> graded(withOffPrinciple(j, index, flagAt + 0.01),
                Checks.NO_STORY_CAP + 0.01));
        assertThat(justAbove.offPrinciple()).isTrue();
    }

    /** The checks on the story's judgement as changed, with the exemplar margin out of play. */
    private static Checked checkStory(BiFunction<Judgement, CardIndex, Judgement> change) {
        Models m = models;
        CompetencyCard card = Fixtures.CARD;
        try (SentenceEncoder encoder = new SentenceEncoder()) {
            CardIndex index = CardIndex.of(card, encoder);
            Reading reading = noStoryUnder.read(new ScoringRequest(card.headlineQuestion(), STORY, null, null));
            Judgement j = new Judge(m).judge(reading, index, reading.question(), List.of(index));
            Checks checks = Checks.of(reading, change.apply(j, index), index, m.flagAt(), m.jumbledAt(),
                    Double.NEGATIVE_INFINITY);
            return new Checked(checks, Checks.raised(index, checks.raised(), "off_principle"));
        }
    }

    /** What the checks decided and whether they raised the off-principle flag. */
    private record Checked(Checks checks, boolean offPrinciple) {
    }

    /** The same judgement graded overall. */
    private static Judgement graded(Judgement j, double overall) {
        return new Judgement(j.reading(), j.evidence(), j.dims(), j.flags(), overall, j.level(),
                j.fit(), j.shape(), j.jumbled());
    }

    /** The same judgement with the off-principle flag at probability p and no doubt that it tells a story. */
    private static Judgement withOffPrinciple(Judgement j, CardIndex index, double p) {
        double[] flags = j.flags().clone();
        for (int f = 0; f < flags.length; f++) {
            String key = index.flags().get(f).key();
            flags[f] = key.equals("off_principle") ? p : key.equals("no_story") ? 0 : flags[f];
        }
        return new Judgement(j.reading(), j.evidence(), j.dims(), flags, j.overall(), j.level(),
                j.fit(), j.shape(), j.jumbled());
    }

    private static Evaluation score(ScoringEngine engine, String answer) {
        CompetencyCard card = Fixtures.CARD;
        Evaluation e = engine.evaluate(card, new ScoringRequest(card.headlineQuestion(), answer, null, null));
        Fixtures.assertEvidenceIsVerbatim(answer, e);
        return e;
    }

    private static ScoringEngine engine(Models models) {
        ScoringEngine engine = new ScoringEngine(models);
        BundledCards.all().values().forEach(engine::register);
        return engine;
    }

    private static Models withThreshold(Models m, double offPrincipleAt) {
        return new Models(m.evidence(), m.dimension(), m.flag(), m.overall(), m.overallLinear(), m.level(),
                m.position(), m.jumbled(), m.conduct(), m.flagAt(), m.overallBlend(), m.jumbledAt(), m.exemplars(),
                offPrincipleAt, m.dimensionCuts(), m.preference(), m.adjacency(), m.scale());
    }
}
