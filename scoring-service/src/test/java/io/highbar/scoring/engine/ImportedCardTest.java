package io.highbar.scoring.engine;

import static io.highbar.scoring.engine.Fixtures.dim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;

/**
 * A card no model was trained on ("Keeps Calm Under Pressure", as an admin would import it) is scored with the
 * trained weights, which read similarities to the card's own words: a story told with its example phrases earns
 * every dimension and quotes them; told with its common misses instead, no miss is quoted as evidence of its
 * dimension, and the story grades lower.
 */
class ImportedCardTest {

    static final CompetencyCard CARD = Fixtures.read("imported/keeps-calm-under-pressure.json");

    static final String SCENE = "Last winter I was the on-call engineer for the checkout service of a furniture "
            + "retailer when card payments started failing during the evening peak. The pager woke me at 7 pm and "
            + "the error graph was climbing. ";
    static final String CLOSE = " I wrote the incident review the next morning.";

    @Test
    void aStoryToldWithTheCardsExamplesEarnsEachDimensionAndQuotesTheExample() {
        List<String> examples = CARD.signals().stream().map(s -> s.examplePhrases().get(0)).toList();
        Evaluation e = Fixtures.score(CARD, SCENE + String.join(". ", examples) + "." + CLOSE, null, null);

        for (CompetencyCard.Signal s : CARD.signals()) {
            Evaluation.DimensionScore d = dim(e, s.key());
            assertThat(d.score()).as("%s in %s", s.key(), e.dimensions()).isPositive();
            assertThat(d.evidence()).extracting(Evaluation.Evidence::quote).as(s.key())
                    .anyMatch(q -> q.contains(s.examplePhrases().get(0)));
        }
    }

    @Test
    void toldWithItsCommonMissesNoMissIsQuotedForItsDimensionAndTheStoryGradesLower() {
        List<String> examples = CARD.signals().stream().map(s -> s.examplePhrases().get(0)).toList();
        List<String> misses = CARD.signals().stream().map(s -> s.commonMiss().replaceAll("\\.$", "")).toList();
        Evaluation shown = Fixtures.score(CARD, SCENE + String.join(". ", examples) + "." + CLOSE, null, null);
        Evaluation missed = Fixtures.score(CARD, SCENE + String.join(". ", misses) + "." + CLOSE, null, null);

        for (CompetencyCard.Signal s : CARD.signals()) {
            String miss = s.commonMiss().replaceAll("\\.$", "");
            assertThat(dim(missed, s.key()).evidence()).extracting(Evaluation.Evidence::quote).as(s.key())
                    .noneMatch(q -> q.contains(miss));
            assertThat(dim(missed, s.key()).score()).as(s.key()).isLessThanOrEqualTo(dim(shown, s.key()).score());
        }
        assertThat(missed.overall()).isLessThan(shown.overall());
    }
}
