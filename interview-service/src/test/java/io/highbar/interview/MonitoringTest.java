package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.EventJson;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Interviewers watch: live listing, notes (the candidate sees only shared ones, over REST and SSE), score overrides
 * (the candidate sees them; admins see them in calibration), the candidate's progress, the all-sessions stream.
 */
class MonitoringTest extends InterviewServiceTestBase {

    @Test
    void notesAndOverridesReachTheRightPeopleAndCalibrationExportAndProgressCountThem() {
        String id = createSession();
        String interviewer = "interviewer-" + candidate;
        share(id, interviewer);
        WebTestClient judge = as(interviewer, "INTERVIEWER");
        String answerId = submit(id, "An answer.");
        evaluate(id, 1, MockSessionTest.ordered("initiative", 1, "pushback", 0));
        eventAt(id, 3);

        var candidateSees = stream(id, "3").take(2).collectList().timeout(Duration.ofSeconds(60)).toFuture();
        var interviewerSees = stream(id, "3", bearer(interviewer, "INTERVIEWER")).take(3).collectList().timeout(Duration.ofSeconds(60)).toFuture();
        judge.post().uri("/api/sessions/{id}/notes", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Kept among interviewers.", "shared", false)).exchange()
                .expectStatus().isCreated();
        judge.post().uri("/api/sessions/{id}/notes", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Quantify the result next time.", "shared", true, "answerId", answerId))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.noteId").isNotEmpty()
                .jsonPath("$.sessionId").isEqualTo(id)
                .jsonPath("$.author").isEqualTo(interviewer)
                .jsonPath("$.shared").isEqualTo(true)
                .jsonPath("$.answerId").isEqualTo(answerId);
        judge.post().uri("/api/sessions/{id}/answers/{a}/overrides", id, answerId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("dimension", "pushback", "score", 2, "reason", "She stopped the release."))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.machineScore").isEqualTo(0)
                .jsonPath("$.score").isEqualTo(2)
                .jsonPath("$.competencyId").isEqualTo(FakeContentService.COMPETENCY)
                .jsonPath("$.by").isEqualTo(interviewer);

        List<ServerSentEvent<String>> candidateEvents = candidateSees.join();
        assertThat(candidateEvents).extracting(ServerSentEvent::event)
                .containsExactly("interviewer-note-added", "score-overridden");
        assertThat(candidateEvents).extracting(ServerSentEvent::id).containsExactly("5", "6");
        assertThat(candidateEvents.get(0).data()).contains("Quantify the result").doesNotContain("Kept among");
        assertThat(interviewerSees.join()).extracting(ServerSentEvent::event)
                .containsExactly("interviewer-note-added", "interviewer-note-added", "score-overridden");

        http.get().uri("/api/sessions/{id}", id).exchange().expectBody()
                .jsonPath("$.notes.length()").isEqualTo(1)
                .jsonPath("$.notes[0].shared").isEqualTo(true)
                .jsonPath("$.answers[0].overrides[0].dimension").isEqualTo("pushback")
                .jsonPath("$.answers[0].effectiveScores.pushback").isEqualTo(2);
        judge.get().uri("/api/sessions/{id}", id).exchange().expectBody().jsonPath("$.notes.length()").isEqualTo(2);

        as("admin", "ADMIN").get().uri("/api/calibration").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.overrides").value(n -> assertThat(((Number) n).intValue()).isPositive())
                .jsonPath("$.dimensions[?(@.dimension == 'pushback')].raised").value(r ->
                        assertThat((List<?>) r).isNotEmpty());

        String exported = as("admin", "ADMIN").get().uri("/api/calibration/export").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode record = exported.lines().map(l -> EventJson.mapper().readTree(l))
                .filter(n -> n.get("id").asString().equals("override-" + answerId)).findFirst().orElseThrow();
        assertThat(record.get("source").asString()).isEqualTo("interviewer");
        assertThat(record.get("answer").asString()).isEqualTo("An answer.");
        assertThat(record.at("/label/dimensions/pushback/score").asInt()).isEqualTo(2);
        assertThat(record.at("/machineScores/pushback").asInt()).isZero();
        assertThat(record.at("/label/note").asString()).contains("She stopped the release.")
                .contains("Quantify the result next time.");
        judge.get().uri("/api/calibration/export").exchange().expectStatus().isForbidden();

        http.get().uri("/api/candidates/me/progress").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.sessionsStarted").isEqualTo(1)
                .jsonPath("$.sessionsCompleted").isEqualTo(0)
                .jsonPath("$.answersEvaluated").isEqualTo(1)
                .jsonPath("$.competencies[0].competencyId").isEqualTo(FakeContentService.COMPETENCY)
                .jsonPath("$.competencies[0].overallTrend[0].answerId").isEqualTo(answerId)
                .jsonPath("$.competencies[0].dimensions[1].key").isEqualTo("pushback")
                .jsonPath("$.competencies[0].dimensions[1].latest").isEqualTo(2)
                .jsonPath("$.weakestDimensions[0].dimension").isEqualTo("initiative")
                .jsonPath("$.weakestDimensions[0].average").isEqualTo(1.0);
    }

    @Test
    void liveListingShowsWhatTheCallerMaySee() {
        String live = createSession();
        String ended = createSession();
        http.post().uri("/api/sessions/{id}/abandon", ended).exchange().expectStatus().isOk();
        String interviewer = "interviewer-" + candidate;
        share(live, interviewer);

        http.get().uri("/api/sessions?status=live").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isEqualTo(live)
                .jsonPath("$[0].candidateId").isEqualTo(candidate)
                .jsonPath("$[0].status").isEqualTo("ASKING")
                .jsonPath("$[0].mode").isEqualTo("DRILL")
                .jsonPath("$[0].answers").isEqualTo(0)
                .jsonPath("$[0].currentQuestion.id").isEqualTo(FakeContentService.QUESTION_ID);
        http.get().uri("/api/sessions?status=all").exchange().expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].id").isEqualTo(ended);
        as(interviewer, "INTERVIEWER").get().uri("/api/sessions?status=live").exchange().expectBody()
                .jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(live);
        as("someone-else-" + candidate, "INTERVIEWER").get().uri("/api/sessions?status=live").exchange().expectBody()
                .jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void theAllSessionsStreamCarriesTheEventsOfSessionsTheInterviewerMayWatch() {
        String interviewer = "interviewer-" + candidate;
        Flux<ServerSentEvent<String>> live = WebClient.create("http://localhost:" + port).get()
                .uri("/api/sessions/live/events").accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, bearer(interviewer, "INTERVIEWER"))
                .retrieve().bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).filter(e -> e.event() != null);
        var received = live.take(3).collectList().timeout(Duration.ofSeconds(60)).toFuture();
        pause(1000); // the stream is subscribed before anything happens
        String notShared = createSession();
        String id = createSession();
        share(id, interviewer);
        String answerId = submit(id, "An answer.");

        List<ServerSentEvent<String>> events = received.join();
        assertThat(events).extracting(ServerSentEvent::event)
                .containsExactly("session-started", "question-asked", "answer-submitted");
        JsonNode started = json(events.get(0).data());
        assertThat(started.get("sessionId").asString()).isEqualTo(id);
        assertThat(started.get("candidateId").asString()).isEqualTo(candidate);
        // the summary is read when the stream first sees the session: the answer may already be in
        assertThat(started.get("data").get("status").asString()).isIn("ASKING", "AWAITING_EVALUATION");
        assertThat(started.get("data").get("id").asString()).isEqualTo(id);
        JsonNode submitted = json(events.get(2).data());
        assertThat(submitted.get("seq").asLong()).isEqualTo(2);
        assertThat(submitted.get("data").get("answerId").asString()).isEqualTo(answerId);
        assertThat(events).noneSatisfy(e -> assertThat(e.data()).contains(notShared));
    }

    private void share(String id, String interviewer) {
        http.post().uri("/api/sessions/{id}/interviewers", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", interviewer)).exchange().expectStatus().isOk();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
