package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/** Sign-in through the gateway, and every service enforcing who may see what. */
class IdentityJourneyTest {

    @Test
    void sessionsAreTheirCandidatesUntilShared() {
        String gateway = Platform.embedded().gatewayUrl();
        GatewayClient candidate = new GatewayClient(gateway, "candidate");
        GatewayClient other = new GatewayClient(gateway, "candidate2");
        GatewayClient interviewer = new GatewayClient(gateway, "interviewer");
        String sessionId = candidate.createSession(AnswerJourneyTest.COMPETENCY).get("id").toString();

        assertThat(status(() -> other.session(sessionId))).isEqualTo(404);
        assertThat(status(() -> other.events(sessionId).blockFirst(Duration.ofSeconds(10)))).isEqualTo(404);
        assertThat(status(() -> interviewer.session(sessionId))).isEqualTo(404);

        candidate.web().post().uri("/api/sessions/{id}/interviewers", sessionId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "interviewer")).retrieve().toBodilessEntity().block(Duration.ofSeconds(20));
        assertThat(interviewer.session(sessionId).get("id")).isEqualTo(sessionId);
        assertThat(interviewer.events(sessionId).blockFirst(Duration.ofSeconds(10)).event()).isEqualTo("question-asked");
    }

    @Test
    void withoutATokenNothingAnswersAndACandidateCannotImportCards() {
        String gateway = Platform.embedded().gatewayUrl();
        assertThat(status(() -> WebClient.create(gateway).get().uri("/api/competencies").retrieve()
                .toBodilessEntity().block(Duration.ofSeconds(20)))).isEqualTo(401);
        GatewayClient candidate = new GatewayClient(gateway, "candidate");
        assertThat(status(() -> candidate.web().put().uri("/api/competencies/{id}", AnswerJourneyTest.COMPETENCY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").retrieve().toBodilessEntity()
                .block(Duration.ofSeconds(20)))).isEqualTo(403);
        assertThat(status(() -> WebClient.create(gateway).post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("username", "admin", "password", "nope"))
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(20)))).isEqualTo(401);
    }

    private static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (WebClientResponseException e) {
            return e.getStatusCode().value();
        }
    }
}
