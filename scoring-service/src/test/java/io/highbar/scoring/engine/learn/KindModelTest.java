package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Reading;

/** The weights read out of the conduct model give the probability Tribuo's own predict gives, for every kind. */
class KindModelTest {

    private static final String STORY = "I run the night desk at a regional newspaper. Our printer kept missing the "
            + "Saturday deadline and my editor told me to deal with it. The print shop said the files came late, "
            + "so honestly it was their problem. I worked late every night that month. I moved the Saturday "
            + "cut-off forty minutes earlier and the paper has gone out on time for six months.";

    private static SentenceEncoder encoder;
    private static Reading reading;
    private static Models models;

    @BeforeAll
    static void load() {
        encoder = new SentenceEncoder();
        reading = Reading.of(STORY, "Tell me about a time you fixed a recurring problem.", new Nlp(), encoder);
        models = Models.load();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void theConductModelsWeightsGiveTribuosProbabilities() {
        int known = 0;
        for (int q = 0; q < Conduct.KINDS.size(); q++) {
            known += models.conduct().knows(q) ? 1 : 0;
            for (int k = 0; k < reading.size(); k++) {
                double tribuo = Models.probability(models.conduct().model(), Conduct.sentence(reading.embedding(k), q));
                assertThat(models.conduct().probability(reading.embedding(k), q)).isCloseTo(tribuo, within(1e-9));
            }
        }
        assertThat(known).isEqualTo(Conduct.KINDS.size());
    }
}
