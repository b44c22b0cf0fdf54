package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.card.Detector;
import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Reading;

/**
 * The evidence model's embedding weights, read once, give the probability Tribuo's own predict gives over the whole
 * row, for every signal of a card.
 */
class EvidenceModelTest {

    private static final String STORY = "I run the night desk at a regional newspaper. Our printer kept missing the "
            + "Saturday deadline and nobody had asked me to look at it. I pulled three months of send logs and found "
            + "the files left us on time but sat in the shop's queue behind a weekly catalogue. I argued with my "
            + "editor for an earlier cut-off, which cost us the late sports scores. The paper has gone out on time "
            + "for six months, and I still check the queue every Friday.";

    private static SentenceEncoder encoder;
    private static CardReading reading;
    private static Models models;

    @BeforeAll
    static void load() {
        encoder = new SentenceEncoder();
        CompetencyCard card = BundledCards.all().get("ownership");
        Reading r = Reading.of(STORY, card.headlineQuestion(), new Nlp(), encoder);
        reading = new CardReading(r, CardIndex.of(card, encoder), r.question());
        models = Models.load();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void theEmbeddingWeightsGiveTribuosProbabilityOverTheWholeRow() {
        int compared = 0;
        for (int d = 0; d < reading.card().signals().size(); d++) {
            String kind = reading.card().signals().get(d).detector();
            assertThat(models.evidence().knows(kind)).as(kind).isEqualTo(!kind.equals(Detector.CUES.name()));
            for (int k = 0; k < reading.reading().size(); k++) {
                if (reading.missed[k][d] > reading.shown[k][d]) {
                    assertThat(models.evidence().probability(reading, d, k)).isZero();
                    continue;
                }
                double tribuo = Models.probability(models.evidence().model(), EvidenceModel.trainingRow(reading, d, k));
                assertThat(models.evidence().probability(reading, d, k)).isCloseTo(tribuo, within(1e-9));
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }
}
