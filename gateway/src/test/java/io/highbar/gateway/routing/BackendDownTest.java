package io.highbar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.highbar.infra.SharedTestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A backend that is down is a quick 503 problem+json; one that closes the connection before answering a 502; one that
 * never answers a bounded 504, never a hang.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "highbar.auth.local-accounts.enabled=true",
        "highbar.auth.issuer=http://gateway.test",
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s"})
@AutoConfigureWebTestClient
class BackendDownTest {

    private static final List<Socket> HELD = new ArrayList<>();
    /** Accepts connections and never answers. */
    private static final ServerSocket SILENT = backend(false);
    /** Accepts connections and closes them at once, as a process dying mid-request would. */
    private static final ServerSocket SLAMMING = backend(true);

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        String nobodyListens = "http://localhost:" + SharedTestInfrastructure.freePort();
        registry.add("INTERVIEW_SERVICE_URL", () -> nobodyListens);
        registry.add("SCORING_SERVICE_URL", () -> "http://localhost:" + SLAMMING.getLocalPort());
        registry.add("CONTENT_SERVICE_URL", () -> "http://localhost:" + SILENT.getLocalPort());
    }

    @AfterAll
    static void closeSilentBackend() throws IOException {
        SILENT.close();
        SLAMMING.close();
        for (Socket s : HELD) {
            s.close();
        }
    }

    @Test
    void aBackendThatIsDownIsA503ProblemWithRetryAfterWithinTwoSeconds() {
        String token = token();
        // the first routed request of a JVM loads the proxy's HTTP client: time the one after it
        web.get().uri("/api/sessions/s0").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(503);
        long started = System.nanoTime();
        web.post().uri("/api/sessions/s1/answers").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("questionId", "q", "text", "t"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "2")
                .expectBody().jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("not reachable", "Try again"));
        // the acceptance bound of the issue (a client's patience), not a speed benchmark
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aBackendThatClosesTheConnectionBeforeAnsweringIsA502Problem() {
        web.get().uri("/api/admin/scoring").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin")).exchange()
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("took effect"));
    }

    @Test
    void aBackendThatNeverAnswersIsA504ProblemAfterTheResponseTimeout() {
        web.mutate().responseTimeout(Duration.ofSeconds(20)).build()
                .get().uri("/api/competencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + token()).exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("did not answer in time"));
    }

    private String token() {
        return token("candidate");
    }

    private String token(String username) {
        Map<?, ?> body = web.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", username + "-local"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return body.get("access_token").toString();
    }

    private static ServerSocket backend(boolean closeAtOnce) {
        try {
            ServerSocket socket = new ServerSocket(0);
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket accepted = socket.accept();
                        if (closeAtOnce) {
                            accepted.getInputStream().read();
                            accepted.close();
                            continue;
                        }
                        synchronized (HELD) {
                            HELD.add(accepted);
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            }, closeAtOnce ? "slamming-backend" : "silent-backend");
            acceptor.setDaemon(true);
            acceptor.start();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
