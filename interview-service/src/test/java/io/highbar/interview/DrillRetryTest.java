package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import tools.jackson.databind.JsonNode;

/** DRILL: the same question again and again, each retry's evaluation showing the change per dimension. */
class DrillRetryTest extends InterviewServiceTestBase {

    @Test
    void aRetryOfTheSameQuestionShowsTheChangePerDimensionAgainstThePreviousAttempt() {
        String id = createSession();
        var events = stream(id, null).take(5).collectList().timeout(Duration.ofSeconds(60)).toFuture();
        submit(id, "First attempt.");
        evaluate(id, 1, MockSessionTest.ordered("initiative", 0, "pushback", 1, "tradeoffs", 2));
        eventAt(id, 3);
        submit(id, "Second attempt, with numbers.");
        evaluate(id, 2, MockSessionTest.ordered("initiative", 2, "pushback", 1, "tradeoffs", 1));

        List<ServerSentEvent<String>> received = events.join();
        assertThat(received).extracting(ServerSentEvent::event).containsExactly("question-asked", "answer-submitted",
                "answer-evaluated", "answer-submitted", "answer-evaluated");
        JsonNode first = json(received.get(2).data());
        assertThat(first.get("attempt").asInt()).isEqualTo(1);
        assertThat(first.get("change").isNull()).isTrue();
        JsonNode retry = json(received.get(4).data());
        assertThat(retry.get("attempt").asInt()).isEqualTo(2);
        assertThat(retry.get("change").get("initiative").asInt()).isEqualTo(2);
        assertThat(retry.get("change").get("pushback").asInt()).isEqualTo(0);
        assertThat(retry.get("change").get("tradeoffs").asInt()).isEqualTo(-1);

        http.get().uri("/api/sessions/{id}", id).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("ASKING")
                .jsonPath("$.plan.questionsTotal").isEqualTo(1)
                .jsonPath("$.plan.maxFollowUps").isEqualTo(0)
                .jsonPath("$.currentQuestion.id").isEqualTo(FakeContentService.QUESTION_ID)
                .jsonPath("$.answers[1].attempt").isEqualTo(2)
                .jsonPath("$.answers[1].change.initiative").isEqualTo(2);

        http.post().uri("/api/sessions/{id}/complete", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("COMPLETED")
                .jsonPath("$.currentQuestion").doesNotExist();
        // the report counts the latest attempt
        http.get().uri("/api/sessions/{id}/report", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.competencies[0].dimensions[0].key").isEqualTo("initiative")
                .jsonPath("$.competencies[0].dimensions[0].score").isEqualTo(2.0);
    }
}
