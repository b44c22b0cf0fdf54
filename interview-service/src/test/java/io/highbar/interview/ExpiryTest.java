package io.highbar.interview;

import io.highbar.interview.session.app.SessionService;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.highbar.interview.session.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

/** Idle sessions expire; sweeps running at once (as on several instances) expire each session exactly once. */
class ExpiryTest extends InterviewServiceTestBase {

    @Autowired
    SessionService sessions;

    @Test
    void concurrentSweepsExpireAnIdleSessionOnceAndItThenTakesNothing() {
        String id = createSession();
        Instant idleSince = Instant.now().plusSeconds(1);
        // two sweeps at the same moment, like two instances' schedulers
        CompletableFuture<List<Session>> a = CompletableFuture.supplyAsync(
                () -> sessions.expireIdle(idleSince).collectList().block());
        CompletableFuture<List<Session>> b = CompletableFuture.supplyAsync(
                () -> sessions.expireIdle(idleSince).collectList().block());
        long expiredByBoth = a.join().stream().filter(s -> s.id().equals(id)).count()
                + b.join().stream().filter(s -> s.id().equals(id)).count();
        assertThat(expiredByBoth).isEqualTo(1);

        List<ServerSentEvent<String>> events = stream(id, null).take(2).collectList().block();
        assertThat(events).extracting(ServerSentEvent::event).containsExactly("question-asked", "session-completed");
        assertThat(events.get(1).data()).contains("\"status\":\"EXPIRED\"");
        http.get().uri("/api/sessions/{id}", id).exchange().expectBody().jsonPath("$.status").isEqualTo("EXPIRED");

        http.post().uri("/api/sessions/{id}/answers", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", FakeContentService.QUESTION_ID, "text", "Late.")).exchange()
                .expectStatus().isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("EXPIRED"));
        as("admin", "ADMIN").post().uri("/api/sessions/{id}/notes", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Where did they go?", "shared", false)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("EXPIRED"));
    }

    @Test
    void aSessionActiveSinceTheCutoffStaysLive() {
        Instant idleSince = Instant.now().minusSeconds(60);
        String id = createSession();
        sessions.expireIdle(idleSince).collectList().block();
        http.get().uri("/api/sessions/{id}", id).exchange().expectBody().jsonPath("$.status").isEqualTo("ASKING");
    }
}
