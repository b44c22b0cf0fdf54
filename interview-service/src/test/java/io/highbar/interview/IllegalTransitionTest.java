package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every action the session's status does not allow is a 409 problem+json naming the status and what to do. */
class IllegalTransitionTest extends InterviewServiceTestBase {

    @Test
    void answeringACompletedSessionIsAConflict() {
        String id = createSession();
        post("/api/sessions/" + id + "/complete", null).expectStatus().isOk();
        conflict(postAnswer(id), "COMPLETED", "takes no more answers");
    }

    @Test
    void answeringAnAbandonedSessionIsAConflict() {
        String id = createSession();
        post("/api/sessions/" + id + "/abandon", null).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ABANDONED");
        assertThat(eventAt(id, 2).event()).isEqualTo("session-completed");
        assertThat(eventAt(id, 2).data()).contains("\"status\":\"ABANDONED\"");
        conflict(postAnswer(id), "ABANDONED", "takes no more answers");
    }

    @Test
    void completingAnAbandonedSessionIsAConflict() {
        String id = createSession();
        post("/api/sessions/" + id + "/abandon", null).expectStatus().isOk();
        conflict(post("/api/sessions/" + id + "/complete", null), "ABANDONED", "cannot be completed");
    }

    @Test
    void abandoningACompletedSessionIsAConflict() {
        String id = createSession();
        post("/api/sessions/" + id + "/complete", null).expectStatus().isOk();
        conflict(post("/api/sessions/" + id + "/abandon", null), "COMPLETED", "cannot be abandoned");
    }

    @Test
    void completingWhileAnAnswerIsBeingEvaluatedIsAConflict() {
        String id = createSession();
        submit(id, "An answer.");
        conflict(post("/api/sessions/" + id + "/complete", null), "AWAITING_EVALUATION", "wait for the answer");
    }

    @Test
    void aSecondAnswerWhileOneIsBeingEvaluatedIsAConflict() {
        String id = createSession();
        submit(id, "An answer.");
        conflict(postAnswer(id), "", "still being evaluated");
    }

    @Test
    void overridingAnAnswerThatIsNotEvaluatedIsAConflict() {
        String id = createSession();
        String answerId = submit(id, "An answer.");
        WebTestClient admin = as("admin", "ADMIN");
        admin.post().uri("/api/sessions/{id}/answers/{a}/overrides", id, answerId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("dimension", "initiative", "score", 2, "reason", "Clear initiative."))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString())
                        .contains("AWAITING_EVALUATION").contains("only an EVALUATED answer"));
    }

    @Test
    void aNoteOnAnEndedSessionIsAConflict() {
        String id = createSession();
        post("/api/sessions/" + id + "/abandon", null).expectStatus().isOk();
        as("admin", "ADMIN").post().uri("/api/sessions/{id}/notes", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Too late.", "shared", true)).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString())
                        .contains("ABANDONED").contains("takes no more notes"));
    }

    @Test
    void theReportOfALiveSessionWithoutAnEvaluatedAnswerIsAConflict() {
        String id = createSession();
        http.get().uri("/api/sessions/{id}/report", id).exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString())
                        .contains("ASKING").contains("no evaluated answer"));
        post("/api/sessions/" + id + "/abandon", null).expectStatus().isOk();
        http.get().uri("/api/sessions/{id}/report", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ABANDONED")
                .jsonPath("$.overall").doesNotExist()
                .jsonPath("$.levelReached").isEqualTo("NONE");
    }

    private WebTestClient.ResponseSpec postAnswer(String id) {
        return post("/api/sessions/" + id + "/answers",
                "{\"questionId\":\"" + FakeContentService.QUESTION_ID + "\",\"text\":\"Another answer.\"}");
    }

    private static void conflict(WebTestClient.ResponseSpec response, String status, String says) {
        response.expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains(status).contains(says));
    }

    private WebTestClient.ResponseSpec post(String uri, String body) {
        WebTestClient.RequestBodySpec request = http.post().uri(uri);
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
