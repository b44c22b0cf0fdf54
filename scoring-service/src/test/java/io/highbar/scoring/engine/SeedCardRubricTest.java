package io.highbar.scoring.engine;

import static io.highbar.scoring.engine.Fixtures.BASE;
import static io.highbar.scoring.engine.Fixtures.CARD;
import static io.highbar.scoring.engine.Fixtures.dim;
import static io.highbar.scoring.engine.Fixtures.flagged;
import static io.highbar.scoring.engine.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;

/** The seed card's own phrases, misses, quotes and follow-ups, scored by the engine. */
class SeedCardRubricTest {

    static Stream<Arguments> examplePhrases() {
        List<Arguments> out = new ArrayList<>();
        for (CompetencyCard.Signal s : CARD.signals()) {
            for (String p : s.examplePhrases()) {
                out.add(Arguments.of(s.key(), p));
            }
        }
        return out.stream();
    }

    static String sentence(String phrase) {
        String p = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        return p.endsWith(".") ? p : p + ".";
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examplePhrases")
    void examplePhraseIsCredited(String key, String phrase) {
        String s = sentence(phrase);
        String answer = BASE + "I was reading the payment logs that week. " + s
                + " Looking back, it changed how I review changes.";
        Evaluation e = score(answer);
        Evaluation.DimensionScore d = dim(e, key);
        assertThat(d.score()).as("%s credited", key).isGreaterThanOrEqualTo(1);
        assertThat(d.evidence()).extracting(Evaluation.Evidence::quote).anyMatch(q -> q.contains(s));
    }

    static Stream<Arguments> commonMisses() {
        return CARD.signals().stream().map(s -> Arguments.of(s.key(), s.commonMiss()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commonMisses")
    void commonMissIsNotCredited(String key, String miss) {
        String answer = BASE + "I was reading the payment logs that week. " + sentence(miss)
                + " Looking back, it changed how I review changes.";
        Evaluation e = score(answer);
        assertThat(dim(e, key).score()).as("%s not credited for its common miss", key).isZero();
    }

    @Test
    void managerMentionedIsFlaggedAsAssigned() {
        Evaluation e = score(BASE + "My manager mentioned it might be worth looking into. I wrote a patch for the "
                + "retry handler and added tests, and errors dropped by 20%.");
        assertThat(flagged(e, "manager_assigned")).isTrue();
        assertThat(dim(e, "initiative").score()).isZero();
        assertThat(e.overall()).isLessThanOrEqualTo(2.4);
    }

    static Stream<Arguments> flagQuotes() {
        List<Arguments> out = new ArrayList<>();
        CARD.antiPatterns().forEach(a -> out.add(Arguments.of(a.key(), a.quote())));
        CARD.redFlags().forEach(r -> out.add(Arguments.of(r.key(), r.quote())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("flagQuotes")
    void flagQuoteIsFlagged(String key, String quote) {
        String answer = BASE + "I was reading the payment logs that week. " + sentence(quote)
                + " After that the holiday launch went ahead as planned.";
        Evaluation e = score(answer);
        assertThat(e.flags()).extracting(Evaluation.Flag::key).contains(key);
        Evaluation.Flag f = e.flags().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        assertThat(f.fix()).isNotBlank();
    }

    static Stream<Arguments> followUps() {
        return CARD.followUps().stream().map(f -> Arguments.of(f.targets(), f.weakAnswer(), f.strongAnswer()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("followUps")
    void strongFollowUpAnswerBeatsWeak(String target, String weak, String strong) {
        String story = BASE + "I noticed that the retry change would double-charge some cards, which was not on my "
                + "sprint. I pushed back on shipping it and wrote a patch for the retry handler. ";
        Evaluation w = score(story + weak);
        Evaluation s = score(story + strong);
        assertThat(dim(s, target).score()).isGreaterThan(dim(w, target).score());
        assertThat(s.score()).isGreaterThan(w.score());
        assertThat(s.overall()).isGreaterThanOrEqualTo(w.overall());
    }

    @Test
    void followUpTargetsWeakestDimension() {
        Evaluation e = score(BASE + "I noticed the retry change was not on my sprint and nobody had flagged it. "
                + "I pushed back on shipping it, wrote a patch, added tests and updated the runbook. "
                + "I presented data to the release manager and convinced her to hold the release by two days, "
                + "weighing the cost of delay against the defects.");
        assertThat(dim(e, "quantified_impact").score()).isZero();
        assertThat(e.followUp().targets()).isEqualTo("quantified_impact");
    }
}
