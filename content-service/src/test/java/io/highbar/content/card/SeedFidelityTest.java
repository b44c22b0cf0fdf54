package io.highbar.content.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.highbar.content.TestCards;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.node.ObjectNode;

/** The seed card must survive as clean structured data: every scraped text present, every section complete. */
class SeedFidelityTest {

    private static final String SEED_CARD = "cards/insist-on-highest-standards.json";

    private final CardReader reader = new CardReader();

    @Test
    void theSeedCardHoldsTheSeedsTextsAndCounts() throws IOException {
        ClassPathResource file = new ClassPathResource(SEED_CARD);
        if (!file.exists()) {
            fail(SEED_CARD + " is not on the classpath. It is the seed card (written with the other card files in"
                    + " content-service/src/main/resources/cards/); this test checks it against"
                    + " seed/insist-on-highest-standards.seed.txt and must not pass without it.");
        }
        CompetencyCard card = reader.read(SEED_CARD, bytes(file), "insist-on-highest-standards");

        assertThat(new SeedFidelity(seed()).missingTexts(card)).as("card texts not found in the seed").isEmpty();
        assertSeedCounts(card);
    }

    @Test
    void theCheckerAcceptsTheSeedDerivedFixtureAndCatchesDrift() throws IOException {
        SeedFidelity fidelity = new SeedFidelity(seed());
        CompetencyCard fixture = EventJson.mapper().treeToValue(TestCards.tree(TestCards.STANDARDS), CompetencyCard.class);
        assertThat(fidelity.missingTexts(fixture)).isEmpty();
        assertSeedCounts(fixture);

        ObjectNode drifted = TestCards.tree(TestCards.STANDARDS);
        ((ObjectNode) drifted.get("levels").get(2)).put("bar", "Leads cross-team initiatives.  Influences everyone.");
        ((ObjectNode) drifted.get("redFlags").get(4)).put("quote", "I don't think I could have done better!");
        assertThat(fidelity.missingTexts(EventJson.mapper().treeToValue(drifted, CompetencyCard.class))).containsExactly(
                "$.redFlags[4].quote: I don't think I could have done better!",
                "$.levels[2].bar: Leads cross-team initiatives.  Influences everyone.");
    }

    @Test
    void normalisesMojibakeQuotesIconsAndWhitespace() {
        assertThat(SeedFidelity.normalize("šŸ“Œ\nDefinition\n\n doesn\u0101\u20ac\u2122t  “meet” ā€” it"))
                .isEqualTo("Definition doesn't \"meet\" - it");
        assertThat(SeedFidelity.normalize("doesn’t ‘x’")).isEqualTo("doesn't 'x'");
    }

    private static void assertSeedCounts(CompetencyCard card) {
        assertThat(card.signals()).as("signals").hasSize(6);
        assertThat(card.antiPatterns()).as("anti-patterns").hasSize(5);
        assertThat(card.redFlags()).as("red flags").hasSize(5);
        assertThat(card.triggers().direct()).as("direct triggers").hasSize(4);
        assertThat(card.triggers().indirect()).as("indirect triggers").hasSize(4);
        assertThat(card.confusedWith()).as("confused with").hasSize(3);
        assertThat(card.followUps()).as("follow-ups").hasSize(4);
        assertThat(card.companyLenses()).as("company lenses").hasSize(4);
        assertThat(card.levels()).as("levels").hasSize(4);
        assertThat(card.storyArchetypes()).as("story archetypes").hasSize(3);
        assertThat(card.storiesNotRecommended()).as("stories not recommended").hasSize(2);
    }

    private static String seed() throws IOException {
        return new String(bytes(new ClassPathResource("seed/insist-on-highest-standards.seed.txt")), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ClassPathResource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
