package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.highbar.contracts.EventJson;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import tools.jackson.databind.JsonNode;

/** The spine: an answer travels gateway → interview → Kafka → scorer → Kafka → interview → SSE at the client. */
class AnswerJourneyTest {

    static final String COMPETENCY = "insist-on-highest-standards";
    static final String STRONG_ANSWER = SampleAnswers.STRONG;

    @Test
    void anAnswerSubmittedThroughTheGatewayComesBackEvaluatedOverSse() {
        runJourney(new GatewayClient(Platform.embedded().gatewayUrl()));
    }

    static void runJourney(GatewayClient client) {
        Map<String, Object> session = client.createSession(COMPETENCY);
        String sessionId = session.get("id").toString();
        @SuppressWarnings("unchecked")
        Map<String, Object> question = (Map<String, Object>) session.get("currentQuestion");
        assertThat(session.get("status")).isEqualTo("ASKING");
        assertThat(question.get("id").toString()).startsWith(COMPETENCY);

        CompletableFuture<List<ServerSentEvent<String>>> stream = client.events(sessionId)
                .takeUntil(e -> "answer-evaluated".equals(e.event())).collectList()
                .timeout(Duration.ofSeconds(30)).toFuture();
        long postedAt = System.nanoTime();
        String answerId = client.submit(sessionId, question.get("id").toString(), STRONG_ANSWER);
        List<ServerSentEvent<String>> events = stream.join();
        long elapsedMillis = (System.nanoTime() - postedAt) / 1_000_000;

        assertThat(events).extracting(ServerSentEvent::event)
                .containsExactly("question-asked", "answer-submitted", "answer-evaluated");
        assertThat(events).extracting(e -> Long.parseLong(e.id())).isSorted().doesNotHaveDuplicates();
        assertThat(elapsedMillis).as("POST to answer-evaluated at the client, ms").isLessThan(5000);

        JsonNode evaluated = EventJson.mapper().readTree(events.get(2).data());
        assertThat(evaluated.get("answerId").asString()).isEqualTo(answerId);
        JsonNode evaluation = evaluated.get("evaluation");
        assertThat(evaluation.get("overall").asDouble()).isBetween(1.0, 4.0);
        assertThat(evaluation.get("verdict").asString()).isIn("STRONG_NO_HIRE", "LEAN_NO_HIRE", "LEAN_HIRE", "STRONG_HIRE");
        assertThat(evaluation.get("level").asString()).isIn("NONE", "SDE1", "SDE2", "SENIOR", "STAFF");
        assertThat(evaluation.get("dimensions").size()).isGreaterThan(0);
        assertThat(evaluation.get("rubricVersion").asInt()).isPositive();
        for (JsonNode dimension : evaluation.get("dimensions")) {
            for (JsonNode evidence : dimension.get("evidence")) {
                assertThat(STRONG_ANSWER.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
                        .isEqualTo(evidence.get("quote").asString());
            }
        }

        Map<String, Object> stored = client.session(sessionId);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> answers = (List<Map<String, Object>>) stored.get("answers");
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.get("answerId")).isEqualTo(answerId);
            assertThat(a.get("status")).isEqualTo("EVALUATED");
            assertThat(a.get("evaluation")).isNotNull();
        });
    }
}
