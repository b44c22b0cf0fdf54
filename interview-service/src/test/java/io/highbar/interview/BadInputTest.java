package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every bad request gets a 4xx problem+json a user can act on, and nothing is half-written. */
class BadInputTest extends InterviewServiceTestBase {

    @Test
    void malformedJsonIsRefused() {
        post("/api/sessions", "{\"competencyId\": ").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("not valid JSON"));
    }

    @Test
    void missingFieldsAreAllListed() {
        post("/api/sessions", "{}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("competencyId")
                .jsonPath("$.errors[1].field").isEqualTo("mode");
    }

    @Test
    void unknownModeIsRefused() {
        post("/api/sessions", "{\"competencyId\":\"insist-on-highest-standards\",\"mode\":\"CHAT\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(m -> assertThat(m.toString()).contains("DRILL"));
    }

    @Test
    void unknownCompetencyIsRefusedWithWhereToLook() {
        post("/api/sessions", "{\"competencyId\":\"juggling\",\"mode\":\"DRILL\"}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("GET /api/competencies"));
    }

    @Test
    void unknownSessionIs404() {
        http.get().uri("/api/sessions/nope").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/sessions/nope/answers", "{\"questionId\":\"q\",\"text\":\"t\"}").expectStatus().isNotFound();
        http.get().uri("/api/sessions/nope/events").accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void answerToAQuestionNotAskedIsRefusedAndNothingIsStoredOrPublished() {
        String sessionId = createSession();
        post("/api/sessions/" + sessionId + "/answers", "{\"questionId\":\"other.direct.9\",\"text\":\"My story.\"}")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString())
                        .contains("was not asked").contains(FakeContentService.QUESTION_ID));
        assertNothingWritten(sessionId);
    }

    @Test
    void emptyAnswerIsRefused() {
        String sessionId = createSession();
        post("/api/sessions/" + sessionId + "/answers",
                "{\"questionId\":\"" + FakeContentService.QUESTION_ID + "\",\"text\":\"   \"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        post("/api/sessions/" + sessionId + "/answers", "{\"text\":\"an answer\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("questionId");
        assertNothingWritten(sessionId);
    }

    @Test
    void answerOverTwentyThousandCharactersIsRefused() {
        String sessionId = createSession();
        String text = "I fixed it. ".repeat(1700);
        post("/api/sessions/" + sessionId + "/answers",
                "{\"questionId\":\"" + FakeContentService.QUESTION_ID + "\",\"text\":\"" + text + "\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(m -> assertThat(m.toString()).contains("20,000"));
        assertNothingWritten(sessionId);
    }

    @Test
    void bodyOverTheRequestLimitIsRefusedWith413() {
        String sessionId = createSession();
        String text = "x".repeat(70_000);
        post("/api/sessions/" + sessionId + "/answers",
                "{\"questionId\":\"" + FakeContentService.QUESTION_ID + "\",\"text\":\"" + text + "\"}")
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertNothingWritten(sessionId);
    }

    @Test
    void secondAnswerWhileTheFirstIsBeingEvaluatedIsAConflict() {
        String sessionId = createSession();
        submit(sessionId, "First answer.");
        post("/api/sessions/" + sessionId + "/answers",
                "{\"questionId\":\"" + FakeContentService.QUESTION_ID + "\",\"text\":\"Second.\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("still being evaluated"));
    }

    @Test
    void fieldsTheClientMayNotSetAreIgnored() {
        post("/api/sessions", "{\"competencyId\":\"insist-on-highest-standards\",\"mode\":\"DRILL\","
                + "\"status\":\"COMPLETED\",\"id\":\"chosen-by-client\",\"candidateId\":\"someone-else\"}")
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.status").isEqualTo("ASKING")
                .jsonPath("$.id").value(id -> assertThat(id.toString()).isNotEqualTo("chosen-by-client"));
    }

    private void assertNothingWritten(String sessionId) {
        http.get().uri("/api/sessions/{id}", sessionId).exchange().expectBody()
                .jsonPath("$.answers.length()").isEqualTo(0);
        assertThat(publishedAnswers(sessionId, 1, Duration.ofMillis(1500))).isEmpty();
    }

    private WebTestClient.ResponseSpec post(String uri, String body) {
        return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
