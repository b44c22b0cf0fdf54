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

    public static final ScoringEngine ENGINE = engine();
    public static final CompetencyCard CARD = load("insist-on-highest-standards");

    /** The engine with every bundled card known, as the worker and the CLI run it. */
    private static ScoringEngine engine() {
        ScoringEngine engine = new ScoringEngine();
        io.highbar.scoring.cli.BundledCards.all().values().forEach(engine::register);
        return engine;
    }

    private Fixtures() {
    }

    public static CompetencyCard load(String id) {
        return read("cards/" + id + ".json");
    }

    public static CompetencyCard read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
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
        return score(CARD, answer, company, targetLevel);
    }

    public static Evaluation score(CompetencyCard card, String answer, String company, String targetLevel) {
        Evaluation e = ENGINE.evaluate(card, new ScoringRequest(card.headlineQuestion(), answer, company, targetLevel));
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
