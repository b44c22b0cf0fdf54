package io.highbar.content.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.highbar.content.ContentServiceTest;
import io.highbar.content.TestCards;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class QuizApiTest extends ContentServiceTest {

    private static final String ID = TestCards.STANDARDS;

    @Test
    void quizHoldsEveryPhraseWithoutAnswersInAStableOrder() {
        QuizView quiz = quiz();

        // 6 signals x 3 example phrases + 6 common misses + 5 anti-pattern quotes + 5 red-flag quotes
        assertThat(quiz.items()).hasSize(34);
        assertThat(quiz.items()).allSatisfy(item -> assertThat(item.choices())
                .containsExactly("SIGNAL", "NOT_A_SIGNAL", "ANTI_PATTERN", "RED_FLAG"));
        assertThat(quiz.items()).extracting(QuizView.Item::phrase)
                .contains("I refused to accept the fix as-is", "We did it together as a team",
                        "The problem was identified and fixed", "I escalated it to the team responsible and waited");
        assertThat(quiz()).isEqualTo(quiz);
        web.get().uri("/api/competencies/{id}/quiz", ID).exchange()
                .expectBody().jsonPath("$.items[0].length()").isEqualTo(3);
    }

    @Test
    void gradesAnswersWithTheCardsExplanations() {
        Map<String, String> itemIds = itemIdsByPhrase();
        QuizAnswers answers = new QuizAnswers(List.of(
                new QuizAnswers.Answer(itemIds.get("I refused to accept the fix as-is"), "SIGNAL"),
                new QuizAnswers.Answer(itemIds.get("We did it together as a team"), "RED_FLAG"),
                new QuizAnswers.Answer(itemIds.get("The problem was identified and fixed"), "RED_FLAG"),
                new QuizAnswers.Answer(itemIds.get("I escalated it to the team responsible and waited"), "NOT_A_SIGNAL")));

        QuizResult result = web.post().uri("/api/competencies/{id}/quiz", ID).bodyValue(answers).exchange()
                .expectStatus().isOk()
                .expectBody(QuizResult.class).returnResult().getResponseBody();

        assertThat(result.total()).isEqualTo(4);
        assertThat(result.correct()).isEqualTo(3);
        assertThat(result.results()).containsExactly(
                new QuizResult.ItemResult(itemIds.get("I refused to accept the fix as-is"), true, "SIGNAL",
                        "Signal 'Pushed back on substandard work': Demonstrates insistence on high standards rather"
                                + " than settling for quick or partial fixes."),
                new QuizResult.ItemResult(itemIds.get("We did it together as a team"), false, "ANTI_PATTERN",
                        "Anti-pattern 'No Individual Contribution': Saying 'we did it' hides your personal role and"
                                + " prevents the interviewer from assessing your ownership and impact."),
                new QuizResult.ItemResult(itemIds.get("The problem was identified and fixed"), true, "RED_FLAG",
                        "Red flag 'Passive Voice Throughout': Candidate was spectator not actor. Passive strips agency"
                                + " from every action."),
                new QuizResult.ItemResult(itemIds.get("I escalated it to the team responsible and waited"), true,
                        "NOT_A_SIGNAL", "The common miss of signal 'Concrete personal actions': it sounds close but"
                        + " does not show the signal. Ownership requires personal accountability and hands-on"
                        + " contribution to raise standards."));
    }

    @Test
    void unknownItemOrChoiceIsA400Problem() {
        String itemId = quiz().items().get(0).itemId();
        web.post().uri("/api/competencies/{id}/quiz", ID)
                .bodyValue(new QuizAnswers(List.of(new QuizAnswers.Answer("nope", "SIGNAL")))).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Unknown quiz item");
        web.post().uri("/api/competencies/{id}/quiz", ID)
                .bodyValue(new QuizAnswers(List.of(new QuizAnswers.Answer(itemId, "MAYBE")))).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Unknown choice")
                .jsonPath("$.allowedValues").isEqualTo(List.of("SIGNAL", "NOT_A_SIGNAL", "ANTI_PATTERN", "RED_FLAG"));
        web.post().uri("/api/competencies/{id}/quiz", ID).bodyValue(new QuizAnswers(List.of())).exchange()
                .expectStatus().isBadRequest();
        web.post().uri("/api/competencies/{id}/quiz", ID).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\": [").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private QuizView quiz() {
        return web.get().uri("/api/competencies/{id}/quiz", ID).exchange()
                .expectStatus().isOk()
                .expectBody(QuizView.class).returnResult().getResponseBody();
    }

    private Map<String, String> itemIdsByPhrase() {
        return quiz().items().stream().collect(java.util.stream.Collectors.toMap(QuizView.Item::phrase, QuizView.Item::itemId));
    }
}
