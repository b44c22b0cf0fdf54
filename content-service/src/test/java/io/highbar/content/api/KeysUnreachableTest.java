package io.highbar.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.highbar.content.TestCards;
import io.highbar.infra.SharedTestInfrastructure;
import io.highbar.infra.TestIssuer;
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
 * When the issuer's key server accepts connections and never answers, a request with a token is answered within
 * the key fetch's timeout, as a 503 problem the client can retry, not held open and not blamed on the token (401).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "highbar.content.cards-location=" + TestCards.LOCATION)
@AutoConfigureWebTestClient(timeout = "30s")
class KeysUnreachableTest {

    static final SilentServer KEY_SERVER = new SilentServer();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void trustAnIssuerWhoseKeysNeverArrive(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedTestInfrastructure.mongoUri("content-keys-unreachable-test"));
        registry.add("highbar.auth.jwks-uri", () -> "http://127.0.0.1:" + KEY_SERVER.port() + "/.well-known/jwks.json");
        registry.add("highbar.auth.issuer", () -> TestIssuer.shared().issuer());
    }

    @AfterAll
    static void stop() throws IOException {
        KEY_SERVER.close();
    }

    @Test
    void aTokenThatCannotBeCheckedGetsA503ProblemToRetryNotA401() {
        long started = System.nanoTime();

        web.get().uri("/api/competencies")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.shared().token("someone", "CANDIDATE"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "30")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("keys").contains("Try again"));

        assertThat(KEY_SERVER.connections()).as("the service did ask the key server").isNotEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).as("seconds until the answer").isLessThan(20);
    }

    /** Accepts connections, reads nothing and never answers. */
    static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        SilentServer() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // closed at the end of the test
                }
            }, "silent-key-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<Socket> connections() {
            return held;
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
