package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.highbar.infra.SharedTestInfrastructure;
import io.highbar.infra.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Two interview-service instances on one broker and one store: this test's Spring context (A) and a second process (B). A client
 * streaming from B sees what was written through A, live and on replay with Last-Event-ID.
 */
class TwoInstancesTest extends InterviewServiceTestBase {

    static Process instanceB;
    static int portB;

    /**
     * Instance B is a separate JVM on this test's classpath (a second Spring context in this JVM would share, and on
     * close dispose, Reactor Netty's global event loops).
     */
    @BeforeAll
    static void startInstanceB() throws Exception {
        portB = SharedTestInfrastructure.freePort();
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), InterviewApplication.class.getName(),
                "--server.port=" + portB,
                "--spring.kafka.bootstrap-servers=" + SharedTestInfrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + SharedTestInfrastructure.mongoUri("interview-test"),
                "--highbar.content.base-url=" + FakeContentService.baseUrl(),
                "--highbar.stream.heartbeat=1s",
                "--highbar.auth.jwks-uri=" + TestIssuer.shared().jwksUri(),
                "--highbar.auth.issuer=" + TestIssuer.shared().issuer(),
                "--highbar.outbox.poll-interval=200ms",
                "--logging.level.org.apache.kafka=WARN");
        Files.createDirectories(Path.of("target"));
        instanceB = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/interview-instance-b.log")).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!instanceB.isAlive()) {
                throw new IllegalStateException("instance B exited; see target/interview-instance-b.log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portB
                                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("instance B not ready in 180 s; see target/interview-instance-b.log");
    }

    @AfterAll
    static void stopInstanceB() throws InterruptedException {
        if (instanceB != null) {
            instanceB.destroy();
            if (!instanceB.waitFor(20, TimeUnit.SECONDS)) {
                instanceB.destroyForcibly();
            }
        }
    }

    @Test
    void aClientOfInstanceBGetsTheEvaluationOfAnAnswerSubmittedThroughInstanceAAndReplaysAcrossInstances() {
        String id = createSession();                                           // through A
        var live = streamFromB(id, null).take(3).collectList().timeout(Duration.ofSeconds(60)).toFuture();
        streamFromB(id, null).blockFirst(Duration.ofSeconds(30));               // B's stream is open
        String answerId = submit(id, "I pushed back on the release until the flaky tests were fixed.");  // through A
        evaluate(id, 1, MockSessionTest.ordered("initiative", 2, "pushback", 1));

        List<ServerSentEvent<String>> fromB = live.join();
        assertThat(fromB).extracting(ServerSentEvent::event)
                .containsExactly("question-asked", "answer-submitted", "answer-evaluated");
        assertThat(fromB).extracting(ServerSentEvent::id).containsExactly("1", "2", "3");
        assertThat(fromB.get(2).data()).contains(answerId);

        // a client of B that saw event 1 only comes back: it gets 2 and 3 from the store, then 4 written through A
        var resumed = streamFromB(id, "1").take(3).collectList().timeout(Duration.ofSeconds(60)).toFuture();
        eventAt(id, 3);
        submit(id, "Retry: I wrote the missing tests myself.");
        List<ServerSentEvent<String>> replayed = resumed.join();
        assertThat(replayed).extracting(ServerSentEvent::id).containsExactly("2", "3", "4");
        assertThat(replayed).extracting(ServerSentEvent::event)
                .containsExactly("answer-submitted", "answer-evaluated", "answer-submitted");
    }

    private Flux<ServerSentEvent<String>> streamFromB(String sessionId, String lastEventId) {
        WebClient.RequestHeadersSpec<?> request = WebClient.create("http://localhost:" + portB).get()
                .uri("/api/sessions/{id}/events", sessionId).accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, bearer(candidate, "CANDIDATE"));
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        return request.retrieve().bodyToFlux(SSE).filter(e -> e.event() != null);
    }
}
