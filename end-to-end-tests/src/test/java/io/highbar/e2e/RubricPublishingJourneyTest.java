package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.EventJson;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Content reaches the scorer without a restart: a card imported through the gateway scores the next answers. */
class RubricPublishingJourneyTest {

    @Test
    void theLibraryIsServedAndARubricImportedWhileRunningIsUsedForTheNextAnswer() {
        GatewayClient client = new GatewayClient(Platform.embedded().gatewayUrl(), "admin");
        List<?> library = client.web().get().uri("/api/competencies").retrieve().bodyToMono(List.class)
                .block(Duration.ofSeconds(20));
        assertThat(library).hasSizeGreaterThanOrEqualTo(16);

        ObjectNode card = (ObjectNode) EventJson.mapper().readTree(client.web().get()
                .uri("/api/competencies/{id}", AnswerJourneyTest.COMPETENCY).retrieve().bodyToMono(String.class)
                .block(Duration.ofSeconds(20)));
        int version = card.get("version").asInt() + 1;
        int rubricVersion = card.get("rubric").get("version").asInt() + 1;
        card.put("version", version);
        ((ObjectNode) card.get("rubric")).put("version", rubricVersion);
        client.web().put().uri("/api/competencies/{id}", AnswerJourneyTest.COMPETENCY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(card.toString())
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(20));

        Map<String, Object> session = client.createSession(AnswerJourneyTest.COMPETENCY);
        String sessionId = session.get("id").toString();
        String questionId = ((Map<?, ?>) session.get("currentQuestion")).get("id").toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int used;
        long lastEventId = 1;
        do {
            var next = client.events(sessionId).filter(e -> Long.parseLong(e.id()) > 1)
                    .filter(e -> "answer-evaluated".equals(e.event())).skip(countEvaluated(client, sessionId))
                    .next().timeout(Duration.ofSeconds(20)).toFuture();
            client.submit(sessionId, questionId, AnswerJourneyTest.STRONG_ANSWER);
            ServerSentEvent<String> evaluated = next.join();
            JsonNode evaluation = EventJson.mapper().readTree(evaluated.data()).get("evaluation");
            used = evaluation.get("rubricVersion").asInt();
            lastEventId = Long.parseLong(evaluated.id());
        } while (used != rubricVersion && System.nanoTime() < deadline);
        assertThat(used).as("rubric version of the evaluation (last event " + lastEventId + ")").isEqualTo(rubricVersion);
    }

    private static long countEvaluated(GatewayClient client, String sessionId) {
        List<?> answers = (List<?>) client.session(sessionId).get("answers");
        return answers.size();
    }
}
