package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.highbar.infra.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.Disposable;

/** Who may see and do what: tokens, ownership (404, never 403, for someone else's session), sharing, limits. */
class AccessTest extends InterviewServiceTestBase {

    @Test
    void withoutATokenEveryApiIs401AndHealthIsOpen() {
        WebTestClient anonymous = http.mutate().defaultHeaders(h -> h.remove(HttpHeaders.AUTHORIZATION)).build();
        anonymous.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("competencyId", FakeContentService.COMPETENCY, "mode", "DRILL"))
                .exchange().expectStatus().isUnauthorized();
        anonymous.get().uri("/api/sessions/any").exchange().expectStatus().isUnauthorized();
        anonymous.get().uri("/api/sessions/any/events").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized();
        anonymous.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void forgedExpiredUnsignedAndForeignTokensAre401() {
        String sessionId = createSession();
        TestIssuer issuer = TestIssuer.shared();
        try (TestIssuer stranger = TestIssuer.start()) {
            Map<String, String> tokens = Map.of(
                    "bad signature", issuer.forgedToken(candidate, "CANDIDATE"),
                    "expired", issuer.expiredToken(candidate, "CANDIDATE"),
                    "alg none", issuer.unsignedToken(candidate, "CANDIDATE"),
                    "wrong issuer", issuer.token(candidate, List.of("CANDIDATE"), stranger.issuer(),
                            java.time.Instant.now(), java.time.Instant.now().plusSeconds(600)),
                    "another issuer's key", stranger.token(candidate, "CANDIDATE"));
            tokens.forEach((what, token) -> http.get().uri("/api/sessions/{id}", sessionId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                    .expectStatus().value(status -> assertThat(status).as(what).isEqualTo(401)));
        }
    }

    @Test
    void theOwnerIsTheTokensSubjectNeverTheBody() {
        http.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("competencyId", FakeContentService.COMPETENCY, "mode", "DRILL",
                        "candidateId", "someone-else", "status", "COMPLETED", "id", "mine"))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.candidateId").isEqualTo(candidate)
                .jsonPath("$.status").isEqualTo("ASKING");
    }

    @Test
    void anotherCandidatesSessionIs404OverRestAndSse() {
        String sessionId = createSession();
        String other = bearer("other-" + candidate, "CANDIDATE");

        http.get().uri("/api/sessions/{id}", sessionId).header(HttpHeaders.AUTHORIZATION, other).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.post().uri("/api/sessions/{id}/answers", sessionId).header(HttpHeaders.AUTHORIZATION, other)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", FakeContentService.QUESTION_ID, "text", "Not my session."))
                .exchange().expectStatus().isNotFound();
        http.post().uri("/api/sessions/{id}/interviewers", sessionId).header(HttpHeaders.AUTHORIZATION, other)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("username", "me"))
                .exchange().expectStatus().isNotFound();
        assertThat(sseStatus(sessionId, other)).isEqualTo(404);
    }

    @Test
    void anInterviewerSeesASessionOnlyOnceItIsSharedAndNeverAnswersIt() {
        String sessionId = createSession();
        String interviewer = "interviewer-" + candidate;
        String asInterviewer = bearer(interviewer, "INTERVIEWER");

        http.get().uri("/api/sessions/{id}", sessionId).header(HttpHeaders.AUTHORIZATION, asInterviewer).exchange()
                .expectStatus().isNotFound();
        assertThat(sseStatus(sessionId, asInterviewer)).isEqualTo(404);

        http.post().uri("/api/sessions/{id}/interviewers", sessionId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", interviewer)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.interviewers[0]").isEqualTo(interviewer);

        http.get().uri("/api/sessions/{id}", sessionId).header(HttpHeaders.AUTHORIZATION, asInterviewer).exchange()
                .expectStatus().isOk();
        assertThat(stream(sessionId, null, asInterviewer).blockFirst(Duration.ofSeconds(10)).event())
                .isEqualTo("question-asked");
        http.post().uri("/api/sessions/{id}/answers", sessionId).header(HttpHeaders.AUTHORIZATION, asInterviewer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", FakeContentService.QUESTION_ID, "text", "Answering for them."))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void anAdminSeesEverySession() {
        String sessionId = createSession();
        http.get().uri("/api/sessions/{id}", sessionId).header(HttpHeaders.AUTHORIZATION, bearer("admin", "ADMIN"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void answeringFasterThanTheLimitIs429WithRetryAfter() {
        for (int i = 0; i < 10; i++) {
            http.post().uri("/api/sessions/nope/answers").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("questionId", "q", "text", "t")).exchange().expectStatus().isNotFound();
        }
        http.post().uri("/api/sessions/nope/answers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", "q", "text", "t")).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aSixthConcurrentStreamIs429() {
        String sessionId = createSession();
        String token = bearer(candidate, "CANDIDATE");
        List<Disposable> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                var first = new java.util.concurrent.CompletableFuture<Void>();
                open.add(stream(sessionId, null, token).subscribe(e -> first.complete(null)));
                first.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
            }
            assertThat(sseStatus(sessionId, token)).isEqualTo(429);
        } finally {
            open.forEach(Disposable::dispose);
        }
    }

    private int sseStatus(String sessionId, String authorization) {
        try {
            stream(sessionId, null, authorization).take(Duration.ofSeconds(2)).blockLast(Duration.ofSeconds(5));
            return 200;
        } catch (WebClientResponseException e) {
            return e.getStatusCode().value();
        }
    }
}
