package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.learn.Judge;
import io.highbar.scoring.engine.learn.Judgement;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.engine.read.Reading;

/**
 * The held-out grades the shipping rule reads are the ones a candidate would be shown: given the judgement the
 * engine makes, they come out as the engine's evaluation does, grade and flags (a plain story, one with a number that
 * cannot be true, one with no story); and an answer read as out of order is held at the no-story cap whatever it was
 * graded before the checks.
 */
class ShownGradesTest {

    /** A plainly told Ownership story, graded well above lean no hire when nothing caps it. */
    private static final String STORY =
            "I manage the night shift at a regional parcel depot. In January our scanners started dropping about "
            + "one in fifty labels, and the parcels ended up in a cage nobody was responsible for, sometimes for "
            + "days. It was not my system and the day team said it was an IT ticket. I did not want customers "
            + "waiting on that, so I started sorting the cage myself at the end of every shift and kept a list of "
            + "each parcel and which scanner it came from. After two weeks the list showed that three of the "
            + "twelve scanners caused nearly all of it, and all three had the old firmware. I took the list to "
            + "the site manager, asked for the update on those three, and offered to run the update overnight "
            + "so the day shift lost nothing. The cage went from about sixty parcels a week to under five, and I "
            + "wrote a one-page check for the night leads so it does not depend on me.";

    /** The same story with an outcome that cannot be true, which the engine holds at lean no hire. */
    private static final String IMPOSSIBLE = STORY.replace("The cage went from about sixty parcels a week to under five",
            "The parcels left in the cage fell by 900%");

    private static final String NO_STORY = "I always take ownership of everything. Ownership matters to me more "
            + "than anything. I would make sure every problem gets solved and the customer is happy.";

    /** The grade the engine holds an answer told out of order to (Checks.NO_STORY_CAP). */
    private static final double NO_STORY_CAP = 1.5;

    private static Models models;
    private static ScoringEngine engine;
    private static SentenceEncoder encoder;
    private static List<CardIndex> library;

    @BeforeAll
    static void load() {
        models = Models.load();
        engine = new ScoringEngine(models);
        encoder = new SentenceEncoder();
        library = new ArrayList<>();
        for (CompetencyCard c : BundledCards.all().values()) {
            engine.register(c);
            library.add(CardIndex.of(c, encoder));
        }
    }

    @AfterAll
    static void close() {
        engine.close();
        encoder.close();
    }

    @Test
    void givenTheEnginesJudgementTheShownGradeAndFlagsAreTheEvaluations() {
        for (String answer : List.of(STORY, IMPOSSIBLE, NO_STORY)) {
            CompetencyCard card = BundledCards.all().get("ownership");
            ScoringRequest request = new ScoringRequest(card.headlineQuestion(), answer, null, null);
            Evaluation e = engine.evaluate(card, request);
            Judged j = judge(card, request);

            HeldOutGrades.Shown shown = shown(j, j.judgement().jumbled());

            assertThat(shown.grades()[0]).as(answer).isEqualTo(e.overall());
            assertThat(shown.flags().get(0)).as(answer).containsExactlyInAnyOrderElementsOf(
                    e.flags().stream().map(f -> Trainer.canonicalFlag(f.key())).toList());
            if (answer.equals(IMPOSSIBLE)) {
                assertThat(shown.flags().get(0)).contains("implausible_metric");
            }
        }
    }

    @Test
    void anAnswerReadAsOutOfOrderIsHeldAtTheNoStoryCap() {
        CompetencyCard card = BundledCards.all().get("ownership");
        Judged j = judge(card, new ScoringRequest(card.headlineQuestion(), STORY, null, null));
        assertThat(j.judgement().overall()).isGreaterThan(2.5);

        assertThat(shown(j, models.jumbledAt() - 0.01).grades()[0]).isGreaterThan(2.5);
        assertThat(shown(j, models.jumbledAt()).grades()[0]).isLessThanOrEqualTo(NO_STORY_CAP);
    }

    private record Judged(Judgement judgement, CorpusAnswer answer) {
    }

    private static Judged judge(CompetencyCard card, ScoringRequest request) {
        Reading reading = engine.read(request);
        CardIndex index = library.stream().filter(c -> c.card().id().equals(card.id())).findFirst().orElseThrow();
        Judgement j = new Judge(models).judge(reading, index, reading.question(), library);
        CorpusAnswer.Label label = new CorpusAnswer.Label(false, "en", 3, "NONE", Map.of(), List.of(), null);
        CorpusAnswer a = new CorpusAnswer("ownership-x-01", "s", "train", card.id(), request.question(),
                request.answer(), "plain_strong", null, null, null, "en", "logistics", "shift manager", false, null,
                "written", label, null, null);
        return new Judged(j, a);
    }

    /** The shown grades of one held-out item made of the judgement, read as out of order with probability jumbled. */
    private static HeldOutGrades.Shown shown(Judged judged, double jumbled) {
        Judgement j = judged.judgement();
        Trainer.Item item = new Trainer.Item(judged.answer(), j.reading(), j.shape(), j.fit(), 0, jumbled);
        return HeldOutGrades.shown(List.of(item), new double[][][] {j.evidence()}, new double[][] {j.dims()},
                new double[][] {j.flags()}, new double[] {j.overall()}, models.flagAt(), models.jumbledAt(),
                models.offPrincipleAt());
    }
}
