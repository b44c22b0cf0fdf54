package io.highbar.scoring.engine;

import static io.highbar.scoring.engine.Fixtures.CARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;

/** The card JSON keeps the seed's texts verbatim (apart from the mojibake) and the agreed keys. */
class SeedCardDataTest {

    /** The seed text as committed with content-service's fidelity test (byte-identical to the shared seed). */
    static final Path SEED = Path.of("../content-service/src/test/resources/seed/insist-on-highest-standards.seed.txt");

    @Test
    void keysAndShape() {
        assertThat(CARD.signals()).extracting(CompetencyCard.Signal::key).containsExactly("initiative", "pushback",
                "personal_actions", "quantified_impact", "tradeoffs", "influence");
        assertThat(CARD.antiPatterns()).extracting(CompetencyCard.AntiPattern::key).containsExactly(
                "manager_assigned", "no_individual_contribution", "own_scope_only", "effort_without_impact",
                "escalation_without_solution");
        assertThat(CARD.redFlags()).extracting(CompetencyCard.RedFlag::key).containsExactly("passive_voice",
                "vague_language", "we_without_i", "no_metrics", "no_self_awareness");
        assertThat(CARD.levels()).extracting(CompetencyCard.LevelBar::level)
                .containsExactly("SDE1", "SDE2", "SENIOR", "STAFF");
        assertThat(CARD.rubric().signals()).containsOnlyKeys("initiative", "pushback", "personal_actions",
                "quantified_impact", "tradeoffs", "influence");
        assertThat(CARD.rubric().lensWeights()).containsOnlyKeys("Amazon", "Google", "Meta", "Flipkart");
        CARD.followUps().forEach(f -> assertThat(CARD.rubric().signals()).containsKey(f.targets()));
        Fixtures.ENGINE.validate(CARD);
    }

    @Test
    void textsAreVerbatimFromTheSeed() throws IOException {
        assertThat(SEED).exists();
        String seed = Files.readString(SEED, StandardCharsets.UTF_8).replace("\u0101\u20ac\u2122", "\u2019");
        List<String> texts = new ArrayList<>();
        CARD.signals().forEach(s -> {
            texts.addAll(s.examplePhrases());
            texts.add(s.description());
            texts.add(s.whyItMatters());
            texts.add(s.commonMiss());
        });
        CARD.antiPatterns().forEach(x -> texts.addAll(List.of(x.quote(), x.why(), x.detection(), x.fix())));
        CARD.redFlags().forEach(x -> texts.addAll(List.of(x.quote(), x.why(), x.fix())));
        CARD.followUps().forEach(x -> texts.addAll(List.of(x.question(), x.probes(), x.weakAnswer(), x.weakWhy(),
                x.strongAnswer(), x.strongTakeaway())));
        CARD.companyLenses().forEach(x -> texts.addAll(List.of(x.framing(), x.signal(), x.exampleQuestion(),
                x.whatElevates())));
        CARD.levels().forEach(x -> texts.addAll(List.of(x.bar(), x.antiPattern())));
        CARD.storyArchetypes().forEach(x -> texts.addAll(List.of(x.title(), x.why(), x.example())));
        CARD.storiesNotRecommended().forEach(x -> texts.addAll(List.of(x.title(), x.why())));
        texts.addAll(List.of(CARD.definition(), CARD.coreSignal(), CARD.companyFraming(), CARD.depthTip(),
                CARD.keySignal(), CARD.topDisqualifier(), CARD.deliveryRedFlag(), CARD.tagline()));
        texts.addAll(CARD.whatItIsNot());
        texts.addAll(CARD.triggers().direct());
        texts.addAll(CARD.triggers().indirect());
        for (String t : texts) {
            assertThat(seed).as("verbatim in seed").contains(t);
        }
        for (String prep : CARD.prepAction().split("(?<=\\.) ")) {
            assertThat(seed).contains(prep);
        }
    }
}
