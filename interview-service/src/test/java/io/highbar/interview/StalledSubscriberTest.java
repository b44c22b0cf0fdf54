package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

/**
 * Subscribers that connect and never read (a tiny receive buffer, a large backlog) must not hold back a healthy
 * subscriber of the same session: its delivery latency with them connected stays within 100 ms of the latency
 * without them. Afterwards a stalled subscriber that starts reading still gets every event, in order.
 */
class StalledSubscriberTest extends InterviewServiceTestBase {

    private static final int PROBES = 15;
    private static final int STALLED = 3;

    @Test
    void aStalledSubscriberDelaysAHealthyOneByNoMoreThan100Milliseconds() throws Exception {
        String id = createSession();
        WebTestClient admin = as("admin", "ADMIN");
        // a backlog far beyond the socket buffers and Netty's write buffer: about 200 KB of events
        for (int i = 1; i <= 4; i++) {
            submit(id, ("Attempt " + i + ": I pushed back on the release. ").repeat(390));
            evaluate(id, i, MockSessionTest.ordered("initiative", 1));
            eventAt(id, 1 + 2 * i);
        }
        for (int i = 0; i < 60; i++) {
            note(admin, id, "Backlog note " + i + ". " + "x".repeat(1950));
        }
        long seq = 1 + 2 * 4 + 60;
        eventAt(id, seq);

        BlockingQueue<ServerSentEvent<String>> received = new LinkedBlockingQueue<>();
        BlockingQueue<Long> receivedAt = new LinkedBlockingQueue<>();
        Disposable healthy = stream(id, Long.toString(seq)).subscribe(e -> {
            receivedAt.add(System.nanoTime());
            received.add(e);
        });
        long[] baseline = measure(admin, id, received, receivedAt, "baseline");

        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            stalled.add(stalledSubscriber(id));
        }
        Thread.sleep(1000); // the server has written what the stalled sockets take and stopped there
        long[] withStalled = measure(admin, id, received, receivedAt, "stalled");
        healthy.dispose();

        long baselineMedian = median(baseline);
        long stalledMedian = median(withStalled);
        System.out.printf("Healthy subscriber delivery, ms: baseline median %d p90 %d max %d; with %d stalled median %d"
                        + " p90 %d max %d%n", baselineMedian, percentile(baseline, 0.9), max(baseline), STALLED,
                stalledMedian, percentile(withStalled, 0.9), max(withStalled));
        assertThat(stalledMedian - baselineMedian)
                .as("extra delivery delay (median ms) caused by %d stalled subscribers", STALLED)
                .isLessThanOrEqualTo(100);

        // the stalled subscriber was held at a bounded buffer, not dropped: reading now, it gets everything
        String all = readUntil(stalled.get(0), "stalled probe " + (PROBES - 1) + ".", Duration.ofSeconds(60));
        assertThat(all).contains("Backlog note 59.").contains("stalled probe " + (PROBES - 1) + ".");
        for (Socket s : stalled) {
            s.close();
        }
    }

    private long[] measure(WebTestClient admin, String id, BlockingQueue<ServerSentEvent<String>> received,
                           BlockingQueue<Long> receivedAt, String label) throws InterruptedException {
        long[] latencies = new long[PROBES];
        for (int i = 0; i < PROBES; i++) {
            String text = label + " probe " + i + ".";
            long sentAt = System.nanoTime();
            note(admin, id, text);
            while (true) {
                ServerSentEvent<String> e = received.poll(30, TimeUnit.SECONDS);
                Long at = receivedAt.poll(1, TimeUnit.SECONDS);
                assertThat(e).as("event for " + text).isNotNull();
                if (e.data().contains(text)) {
                    latencies[i] = (at - sentAt) / 1_000_000;
                    break;
                }
            }
        }
        return latencies;
    }

    private Socket stalledSubscriber(String id) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", port), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/sessions/" + id + "/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: " + bearer(candidate, "CANDIDATE") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static String readUntil(Socket socket, String marker, Duration timeout) throws Exception {
        socket.setSoTimeout((int) timeout.toMillis());
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[64 * 1024];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && text.indexOf(marker) < 0) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static void note(WebTestClient admin, String id, String text) {
        admin.post().uri("/api/sessions/{id}/notes", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", text, "shared", true)).exchange().expectStatus().isCreated();
    }

    private static long median(long[] values) {
        return percentile(values, 0.5);
    }

    private static long percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
