package io.highbar.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.highbar.content.ContentServiceTest;
import io.highbar.content.TestCards;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class QuestionApiTest extends ContentServiceTest {

    private static final String ID = TestCards.STANDARDS;

    @Test
    void listsAllQuestionsWithStableIdsInCardOrder() {
        List<Question> questions = questions("/api/competencies/{id}/questions");

        assertThat(questions).hasSize(12);
        assertThat(questions).extracting(Question::id).startsWith(ID + ".direct.1", ID + ".direct.2")
                .contains(ID + ".indirect.4").endsWith(ID + ".follow-up.3", ID + ".follow-up.4");
        assertThat(questions.get(0)).isEqualTo(new Question(ID + ".direct.1", ID, "direct",
                "Describe a situation where you pushed back on low-quality work.", null));
        assertThat(questions.get(8)).isEqualTo(new Question(ID + ".follow-up.1", ID, "follow-up",
                "How did you convince others to accept your higher quality standards?", "despite-resistance"));
    }

    @Test
    void filtersByKind() {
        assertThat(questions("/api/competencies/{id}/questions?kind=indirect"))
                .hasSize(4).allMatch(question -> question.kind().equals("indirect") && question.targets() == null);
        assertThat(questions("/api/competencies/{id}/questions?kind=follow-up"))
                .extracting(Question::targets)
                .containsExactly("despite-resistance", "trade-offs", "personal-actions", "quantified-impact");
        assertThat(questions("/api/competencies/{id}/questions?kind=direct")).hasSize(4);
    }

    @Test
    void questionJsonHasTheAgreedShape() {
        web.get().uri("/api/competencies/{id}/questions?kind=direct", ID).exchange()
                .expectBody()
                .jsonPath("$[0].length()").isEqualTo(5)
                .jsonPath("$[0].targets").doesNotExist();
    }

    @Test
    void badKindIsA400ProblemListingTheAllowedValues() {
        web.get().uri("/api/competencies/{id}/questions?kind=hypothetical", ID).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("kind 'hypothetical' is not known; use one of direct, indirect,"
                        + " follow-up, or leave kind out for all questions.")
                .jsonPath("$.allowedValues").isEqualTo(List.of("direct", "indirect", "follow-up"));
    }

    @Test
    void servesOneQuestionById() {
        web.get().uri("/api/competencies/{id}/questions/{questionId}", ID, ID + ".follow-up.2").exchange()
                .expectStatus().isOk()
                .expectBody(Question.class).isEqualTo(new Question(ID + ".follow-up.2", ID, "follow-up",
                        "What trade-offs did you consider when pushing back on the timeline for quality?", "trade-offs"));
    }

    @Test
    void unknownQuestionOrCompetencyIsA404Problem() {
        web.get().uri("/api/competencies/{id}/questions/{questionId}", ID, ID + ".direct.99").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Question not found");
        web.get().uri("/api/competencies/nope/questions").exchange().expectStatus().isNotFound();
    }

    private List<Question> questions(String uri) {
        return web.get().uri(uri, ID).exchange()
                .expectStatus().isOk()
                .expectBodyList(Question.class).returnResult().getResponseBody();
    }
}
