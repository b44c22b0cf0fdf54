package io.highbar.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;

/** One engine and the seed card per test JVM. */
public final class Fixtures {

    public static final ScoringEngine ENGINE = new ScoringEngine();
    public static final CompetencyCard CARD = load("insist-on-highest-standards");

    /** A neutral, on-topic first-person situation: no signal, no flag of its own. */
    public static final String BASE = "Two years ago I worked as a backend engineer at an online retailer, on the "
            + "service that handled checkout. I was one of four engineers on that service. Releases went out every "
            + "Thursday and the payment flow carried most of the revenue. During one release cycle a change to the "
            + "retry logic for card payments was in review, and the holiday launch was close. ";

    private Fixtures() {
    }

    public static CompetencyCard load(String id) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("cards/" + id + ".json")) {
            assertThat(in).as("card on the classpath").isNotNull();
            return EventJson.mapper().readValue(in, CompetencyCard.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Evaluation score(String answer) {
        return score(answer, null, null);
    }

    public static Evaluation score(String answer, String company, String targetLevel) {
        Evaluation e = ENGINE.evaluate(CARD, new ScoringRequest(CARD.headlineQuestion(), answer, company, targetLevel));
        assertEvidenceIsVerbatim(answer, e);
        return e;
    }

    public static Evaluation.DimensionScore dim(Evaluation e, String key) {
        return e.dimensions().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    public static boolean flagged(Evaluation e, String key) {
        return e.flags().stream().anyMatch(f -> f.key().equals(key));
    }

    /** Every quote is the candidate's own words at the stated offsets. */
    public static void assertEvidenceIsVerbatim(String answer, Evaluation e) {
        for (Evaluation.DimensionScore d : e.dimensions()) {
            if (d.score() > 0) {
                assertThat(d.evidence()).as("evidence for %s", d.key()).isNotEmpty();
            }
            for (Evaluation.Evidence ev : d.evidence()) {
                assertThat(ev.quote()).isEqualTo(answer.substring(ev.start(), ev.end()));
            }
        }
        for (Evaluation.Flag f : e.flags()) {
            assertThat(f.evidence()).as("evidence for flag %s", f.key()).isNotEmpty();
            for (Evaluation.Evidence ev : f.evidence()) {
                assertThat(ev.quote()).isEqualTo(answer.substring(ev.start(), ev.end()));
            }
        }
    }
}
