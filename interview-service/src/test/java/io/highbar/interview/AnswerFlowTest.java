package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;

class AnswerFlowTest extends InterviewServiceTestBase {

    @Test
    void submittedAnswerIsPublishedAndItsEvaluationReachesTheStream() {
        String sessionId = createSession();
        var events = stream(sessionId, null).take(3).collectList().toFuture();

        String answerId = submit(sessionId, "I noticed the webhook retries were dropping payments and fixed it.");
        List<AnswerSubmitted> published = publishedAnswers(sessionId, 1, Duration.ofSeconds(15));
        assertThat(published).singleElement().satisfies(a -> {
            assertThat(a.answerId()).isEqualTo(answerId);
            assertThat(a.questionId()).isEqualTo(FakeContentService.QUESTION_ID);
            assertThat(a.questionText()).isEqualTo(FakeContentService.QUESTION_TEXT);
            assertThat(a.competencyId()).isEqualTo(FakeContentService.COMPETENCY);
        });
        publish(Topics.ANSWER_EVALUATED, sessionId, EventJson.write(evaluationOf(published.get(0), 61)));

        List<ServerSentEvent<String>> received = events.join();
        assertThat(received).extracting(ServerSentEvent::event)
                .containsExactly("question-asked", "answer-submitted", "answer-evaluated");
        assertThat(received).extracting(ServerSentEvent::id).containsExactly("1", "2", "3");
        assertThat(received.get(2).data()).contains("\"answerId\":\"" + answerId + "\"").contains("\"score\":61");

        http.get().uri("/api/sessions/{id}", sessionId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ASKING")
                .jsonPath("$.mode").isEqualTo("DRILL")
                .jsonPath("$.competencyId").isEqualTo(FakeContentService.COMPETENCY)
                .jsonPath("$.currentQuestion.id").isEqualTo(FakeContentService.QUESTION_ID)
                .jsonPath("$.answers[0].answerId").isEqualTo(answerId)
                .jsonPath("$.answers[0].status").isEqualTo("EVALUATED")
                .jsonPath("$.answers[0].evaluation.score").isEqualTo(61);
    }

    @Test
    void createdSessionAsksTheFirstQuestionOfTheCard() {
        http.post().uri("/api/sessions").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue("{\"competencyId\":\"insist-on-highest-standards\",\"mode\":\"DRILL\"}")
                .exchange().expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/sessions/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.status").isEqualTo("ASKING")
                .jsonPath("$.mode").isEqualTo("DRILL")
                .jsonPath("$.competencyId").isEqualTo(FakeContentService.COMPETENCY)
                .jsonPath("$.currentQuestion.id").isEqualTo(FakeContentService.QUESTION_ID)
                .jsonPath("$.currentQuestion.text").isEqualTo(FakeContentService.QUESTION_TEXT);
    }
}
