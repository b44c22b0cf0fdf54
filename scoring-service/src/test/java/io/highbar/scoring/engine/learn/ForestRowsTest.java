package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Reading;

/** The rows the forests read, flag and overall, carry every input to two significant digits when scoring. */
class ForestRowsTest {

    private static final String STORY = "I look after the stockroom at a garden centre. Every spring we ran out of "
            + "compost in the first warm week while the shed was still full of autumn bulbs. Nobody had asked me, but "
            + "I counted three years of till receipts by week and moved the compost order forward a fortnight. My "
            + "manager worried about space, so I cleared the old bulbs to the front at half price. We did not run "
            + "out this year and sold 40% more compost in April.";

    private static SentenceEncoder encoder;
    private static Judgement judgement;

    @BeforeAll
    static void judge() {
        encoder = new SentenceEncoder();
        CompetencyCard card = BundledCards.all().get("ownership");
        List<CardIndex> library = new ArrayList<>();
        BundledCards.all().values().forEach(c -> library.add(CardIndex.of(c, encoder)));
        CardIndex index = library.stream().filter(c -> c.card().id().equals(card.id())).findFirst().orElseThrow();
        Reading r = Reading.of(STORY, card.headlineQuestion(), new Nlp(), encoder);
        judgement = new Judge(Models.load()).judge(r, index, r.question(), library);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void everyFlagAndOverallInputHasTwoSignificantDigitsAndSomeAreFractions() {
        CardReading c = judgement.reading();
        List<FeatureRow> rows = new ArrayList<>();
        for (int f = 0; f < c.card().flags().size(); f++) {
            rows.add(Features.flag(c, f, judgement.shape(), judgement.fit()));
        }
        rows.add(Features.overall(c, judgement.dims(), judgement.flags(), judgement.shape(), judgement.fit()));

        int fractions = 0;
        for (FeatureRow row : rows) {
            for (double v : row.values()) {
                assertThat(new BigDecimal(v).round(new MathContext(2)).doubleValue()).as("%s", v).isEqualTo(v);
                fractions += v != Math.rint(v) ? 1 : 0;
            }
        }
        assertThat(fractions).as("inputs that were measured, not counted").isGreaterThan(10);
    }
}
