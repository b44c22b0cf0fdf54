package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input to the live-sessions API: 400 (or 403/404/422) problem+json naming each field, nothing written. */
class SessionsBadInputTest extends InterviewServiceTestBase {

    @Test
    void mockPlanOutOfRangeListsEveryField() {
        badRequest(create("{\"mode\":\"MOCK\",\"competencyId\":\"" + FakeContentService.COMPETENCY
                        + "\",\"questionsPerCompetency\":9,\"answerTimeLimitSeconds\":10,\"maxFollowUps\":3}"),
                "questionsPerCompetency", "answerTimeLimitSeconds", "maxFollowUps");
    }

    @Test
    void competencyIdAndCompetencyIdsTogetherAreRefused() {
        badRequest(create("{\"mode\":\"MOCK\",\"competencyId\":\"a\",\"competencyIds\":[\"b\"]}"), "competencyIds");
    }

    @Test
    void aMixOfMoreThanFiveOrRepeatedCompetenciesIsRefused() {
        badRequest(create("{\"mode\":\"MOCK\",\"competencyIds\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]}"), "competencyIds");
        badRequest(create("{\"mode\":\"MOCK\",\"competencyIds\":[\"a\",\"a\"]}"), "competencyIds");
        badRequest(create("{\"mode\":\"MOCK\",\"competencyIds\":[]}"), "competencyIds");
    }

    @Test
    void aDrillTakesOneCompetency() {
        badRequest(create("{\"mode\":\"DRILL\",\"competencyIds\":[\"" + FakeContentService.COMPETENCY + "\"]}"),
                "competencyIds");
    }

    @Test
    void aMockWithoutCompetenciesSaysWhatToSend() {
        create("{\"mode\":\"MOCK\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(m -> assertThat(m.toString()).contains("competencyIds"));
    }

    @Test
    void anUnknownCompetencyInAMixIsRefused() {
        create("{\"mode\":\"MOCK\",\"competencyIds\":[\"" + FakeContentService.COMPETENCY + "\",\"juggling\"]}")
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("juggling"));
    }

    @Test
    void anUnknownListStatusIsRefused() {
        badRequest(http.get().uri("/api/sessions?status=paused").exchange(), "status");
    }

    @Test
    void notesNeedTextUpToTwoThousandCharactersAndSharedAndOnlyInterviewersWriteThem() {
        String id = createSession();
        WebTestClient admin = as("admin", "ADMIN");
        badRequest(note(admin, id, Map.of("text", " ", "shared", true)), "text");
        badRequest(note(admin, id, Map.of("text", "x".repeat(2001), "shared", true)), "text");
        badRequest(note(admin, id, Map.of("text", "Fine.")), "shared");
        note(admin, id, Map.of("text", "On an answer that is not there.", "shared", true, "answerId", "nope"))
                .expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("answerId");
        note(http, id, Map.of("text", "Notes to self.", "shared", true)).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        note(as("interviewer-" + candidate, "INTERVIEWER"), id, Map.of("text", "Not shared with me.", "shared", true))
                .expectStatus().isNotFound();
        http.get().uri("/api/sessions/{id}", id).exchange().expectBody().jsonPath("$.notes.length()").isEqualTo(0);
    }

    @Test
    void overridesNeedAKnownDimensionAScoreOfZeroToTwoAndAReason() {
        String id = createSession();
        String answerId = submit(id, "An answer.");
        evaluate(id, 1, MockSessionTest.ordered("initiative", 1, "pushback", 0));
        eventAt(id, 3);
        WebTestClient admin = as("admin", "ADMIN");
        badRequest(override(admin, id, answerId, Map.of("dimension", "initiative", "score", 3, "reason", "r")), "score");
        badRequest(override(admin, id, answerId, Map.of("dimension", "initiative", "score", 2)), "reason");
        badRequest(override(admin, id, answerId, Map.of("dimension", "initiative", "score", 2,
                "reason", "r".repeat(1001))), "reason");
        badRequest(override(admin, id, answerId, Map.of("score", 2, "reason", "r")), "dimension");
        override(admin, id, answerId, Map.of("dimension", "charisma", "score", 2, "reason", "r"))
                .expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString())
                        .contains("charisma").contains("initiative"));
        override(admin, id, "no-such-answer", Map.of("dimension", "initiative", "score", 2, "reason", "r"))
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        override(http, id, answerId, Map.of("dimension", "initiative", "score", 2, "reason", "I deserve it."))
                .expectStatus().isForbidden();
        http.get().uri("/api/sessions/{id}", id).exchange().expectBody()
                .jsonPath("$.answers[0].overrides.length()").isEqualTo(0)
                .jsonPath("$.answers[0].effectiveScores.initiative").isEqualTo(1);
    }

    @Test
    void onlyAdminsReadCalibrationAndOnlyInterviewersAndAdminsWatchAllLiveSessions() {
        http.get().uri("/api/calibration").exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        as("interviewer-" + candidate, "INTERVIEWER").get().uri("/api/calibration").exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/sessions/live/events").accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange().expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec create(String body) {
        return http.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static WebTestClient.ResponseSpec note(WebTestClient client, String id, Map<String, Object> body) {
        return client.post().uri("/api/sessions/{id}/notes", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private static WebTestClient.ResponseSpec override(WebTestClient client, String id, String answerId,
                                                       Map<String, Object> body) {
        return client.post().uri("/api/sessions/{id}/answers/{a}/overrides", id, answerId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static void badRequest(WebTestClient.ResponseSpec response, String... fields) {
        var body = response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
        for (int i = 0; i < fields.length; i++) {
            body.jsonPath("$.errors[" + i + "].field").isEqualTo(fields[i]);
        }
    }
}
