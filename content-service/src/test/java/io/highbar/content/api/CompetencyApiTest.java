package io.highbar.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.highbar.content.ContentServiceTest;
import io.highbar.content.TestCards;
import io.highbar.contracts.card.CompetencyCard;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CompetencyApiTest extends ContentServiceTest {

    @Test
    void listsSummariesOfTheStoredCards() {
        List<CompetencySummary> summaries = list("/api/competencies");

        assertThat(summaries).contains(new CompetencySummary(TestCards.STANDARDS, "Insist on the Highest Standards",
                "Amazon", "Self-initiated quality improvements beyond assigned scope",
                "Insist on the Highest Standards means proactively identifying and refusing to accept subpar work or"
                        + " processes, even when it is outside your direct responsibility. The core test is whether you"
                        + " elevate quality by pushing back and driving improvements beyond minimal expectations.",
                "Did the candidate self-initiate raising quality bar beyond their assigned scope and deliver a"
                        + " measurable improvement?", 1, 12));
        assertThat(summaries).extracting(CompetencySummary::id).contains(TestCards.FRUGALITY);
    }

    @Test
    void summaryJsonHasExactlyTheAgreedKeys() {
        web.get().uri("/api/competencies?q=frugality").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].length()").isEqualTo(8)
                .jsonPath("$[0].id").isEqualTo(TestCards.FRUGALITY)
                .jsonPath("$[0].questionCount").isEqualTo(12)
                .jsonPath("$[0].version").isEqualTo(2);
    }

    @Test
    void filtersByCompanyOrCompanyLensIgnoringCase() {
        assertThat(ids("/api/competencies?company=flipkart")).contains(TestCards.STANDARDS).doesNotContain(TestCards.FRUGALITY);
        assertThat(ids("/api/competencies?company=ACME")).containsExactly(TestCards.FRUGALITY);
        assertThat(ids("/api/competencies?company=google")).contains(TestCards.STANDARDS, TestCards.FRUGALITY);
        assertThat(ids("/api/competencies?company=nobody")).isEmpty();
    }

    @Test
    void searchesNameTriggersAndRecognitionKeywords() {
        assertThat(ids("/api/competencies?q=FRUGAL")).containsExactly(TestCards.FRUGALITY);
        assertThat(ids("/api/competencies?q=smaller budget")).containsExactly(TestCards.FRUGALITY);
        assertThat(ids("/api/competencies?q=resourceful")).containsExactly(TestCards.FRUGALITY);
        assertThat(ids("/api/competencies?q=raised the bar&company=amazon")).contains(TestCards.STANDARDS)
                .doesNotContain(TestCards.FRUGALITY);
        assertThat(ids("/api/competencies?q=webhook")).doesNotContain(TestCards.STANDARDS);
    }

    @Test
    void servesTheFullCard() {
        CompetencyCard card = web.get().uri("/api/competencies/{id}", TestCards.STANDARDS).exchange()
                .expectStatus().isOk()
                .expectBody(CompetencyCard.class).returnResult().getResponseBody();

        assertThat(card.storyArchetypes()).hasSize(3);
        assertThat(card.preparationModes()).extracting(CompetencyCard.PreparationMode::mode)
                .containsExactly("STUDY", "DRILL", "MOCK");
        web.get().uri("/api/competencies/{id}", TestCards.STANDARDS).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(CompetencyCard.class.getRecordComponents().length);
    }

    @Test
    void unknownCompetencyIsA404Problem() {
        web.get().uri("/api/competencies/no-such-card").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isEqualTo("No competency card with id 'no-such-card'. GET /api/competencies lists"
                        + " the available ids.");
        web.get().uri("/api/competencies/no-such-card/rubric").exchange().expectStatus().isNotFound();
    }

    @Test
    void servesTheRubricWithItsVersion() {
        web.get().uri("/api/competencies/{id}/rubric", TestCards.FRUGALITY).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$.competencyId").isEqualTo(TestCards.FRUGALITY)
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.rubric.version").isEqualTo(2)
                .jsonPath("$.rubric.signals['beyond-scope'].weight").isEqualTo(1.5)
                .jsonPath("$.rubric.pacing.situationTaskSeconds").isEqualTo(50);
    }

    private List<CompetencySummary> list(String uri) {
        return web.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBodyList(CompetencySummary.class).returnResult().getResponseBody();
    }

    private List<String> ids(String uri) {
        return list(uri).stream().map(CompetencySummary::id).toList();
    }
}
