package io.highbar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * The gateway stopping ends a proxied event stream with a {@code retry:} hint, and only between two events: an event
 * the backend has half sent reaches the browser whole before the hint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "highbar.auth.local-accounts.enabled=true",
        "highbar.auth.issuer=http://gateway.test"})
@DirtiesContext
class StreamShutdownTest {

    private static final String FIRST = "id: 1\nevent: question-asked\ndata: {\"questionId\":\"q1\"}\n\n";
    private static final String SECOND_HALF = "id: 2\nevent: answer-evaluated\ndata: {\"overall\":";
    private static final String SECOND_REST = "3.5}\n\n";

    private static final CountDownLatch HALF_SENT = new CountDownLatch(1);
    private static final CountDownLatch SEND_REST = new CountDownLatch(1);
    private static final ServerSocket BACKEND = sseBackend();

    @LocalServerPort
    int port;
    @Autowired
    StreamShutdown shutdown;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("INTERVIEW_SERVICE_URL", () -> "http://localhost:" + BACKEND.getLocalPort());
    }

    @AfterAll
    static void closeBackend() throws IOException {
        BACKEND.close();
    }

    @Test
    void aStoppingGatewayEndsAProxiedStreamWithARetryHintAfterTheEventInFlight() throws Exception {
        WebClient client = WebClient.create("http://localhost:" + port);
        StringBuffer received = new StringBuffer();
        CountDownLatch ended = new CountDownLatch(1);
        client.get().uri("/api/sessions/s1/events")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(client))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve().bodyToFlux(DataBuffer.class)
                .map(buffer -> {
                    String text = buffer.toString(StandardCharsets.UTF_8);
                    DataBufferUtils.release(buffer);
                    return text;
                })
                .doFinally(s -> ended.countDown())
                .subscribe(received::append);

        assertThat(HALF_SENT.await(20, TimeUnit.SECONDS)).as("the backend was asked for the stream").isTrue();
        // the half event has passed through the gateway before it stops: stopping earlier finds the stream between
        // two events, where ending it at once is right
        awaitText(received, FIRST + SECOND_HALF);
        shutdown.stop();

        // half an event is in flight: the stream stays open, and nothing is added after the half
        assertThat(ended.await(1, TimeUnit.SECONDS)).as("the stream waits for the event in flight").isFalse();
        assertThat(received.toString()).doesNotContain("retry:");

        SEND_REST.countDown();
        assertThat(ended.await(10, TimeUnit.SECONDS)).as("the stream ended after the event in flight").isTrue();
        assertThat(received.toString()).isEqualTo(FIRST + SECOND_HALF + SECOND_REST + StreamShutdown.HINT);
    }

    private static void awaitText(StringBuffer received, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!received.toString().startsWith(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received.toString()).startsWith(expected);
    }

    private static String token(WebClient client) {
        Map<?, ?> body = client.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "candidate", "password", "candidate-local"))
                .retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(20));
        return body.get("access_token").toString();
    }

    /** Answers one event-stream request: a whole event, half of the next, and the rest when the test says so. */
    private static ServerSocket sseBackend() {
        try {
            ServerSocket socket = new ServerSocket(0);
            Thread server = new Thread(() -> {
                try (Socket accepted = socket.accept()) {
                    readHeaders(accepted.getInputStream());
                    OutputStream out = accepted.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    chunk(out, FIRST);
                    chunk(out, SECOND_HALF);
                    HALF_SENT.countDown();
                    if (SEND_REST.await(60, TimeUnit.SECONDS)) {
                        chunk(out, SECOND_REST);
                    }
                    // the backend keeps the stream open, as a live session's stream does
                    Thread.sleep(60_000);
                } catch (IOException | InterruptedException e) {
                    // the gateway closed the connection after the hint, or the test ended
                }
            }, "sse-backend");
            server.setDaemon(true);
            server.start();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readHeaders(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended before its headers");
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
