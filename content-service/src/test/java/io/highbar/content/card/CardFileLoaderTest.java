package io.highbar.content.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.highbar.content.TestCards;
import io.highbar.contracts.card.CompetencyCard;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class CardFileLoaderTest {

    private final CardFileLoader loader = new CardFileLoader(new PathMatchingResourcePatternResolver(), new CardReader());

    @Test
    void loadsEveryCardFileOfTheLocation() {
        assertThat(loader.load(TestCards.LOCATION)).extracting(CompetencyCard::id)
                .containsExactly(TestCards.FRUGALITY, TestCards.STANDARDS);
    }

    @Test
    void aBadFileIsReportedWithFilePathAndReason() {
        assertThatThrownBy(() -> loader.load("classpath:bad-cards/*.json"))
                .isInstanceOf(InvalidCardFilesException.class)
                .hasMessageContaining("bad-cards/broken.json: $.signals[2].examplePhrases: must have at least 1 item")
                .hasMessageContaining("bad-cards/broken.json: $.followUps[1].target: unknown field; did you mean 'targets'?")
                .hasMessageContaining("bad-cards/broken.json: $.followUps[1].targets: is required");
    }

    /** Finds the real cards of {@code src/main/resources/cards} (written separately from this service's code). */
    @Test
    void everyRealCardPassesValidation() {
        List<CompetencyCard> cards = loader.load("classpath*:cards/*.json");

        assertThat(cards).allSatisfy(card -> assertThat(card.rubric()).isNotNull());
    }
}
