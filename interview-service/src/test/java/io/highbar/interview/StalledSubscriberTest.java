package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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

    private static final int PROBES = 12;
    private static final int STALLED = 3;

    @Test
    void aStalledSubscriberDelaysAHealthyOneByNoMoreThan100Milliseconds() throws Exception {
        String id = createSession();
        WebTestClient admin = as("admin", "ADMIN");
        // a backlog far beyond the socket buffers and what the server prefetches per connection: about 175 KB
        for (int i = 1; i <= 5; i++) {
            submit(id, ("Attempt " + i + ": I pushed back on the release. ").repeat(390));
            evaluate(id, i, MockSessionTest.ordered("initiative", 1));
            eventAt(id, 1 + 2 * i);
        }
        for (int i = 0; i < 45; i++) {
            note(admin, id, "Backlog note " + i + ". " + "x".repeat(1950));
        }
        long seq = 1 + 2 * 5 + 45;
        eventAt(id, seq);

        BlockingQueue<ServerSentEvent<String>> received = new LinkedBlockingQueue<>();
        BlockingQueue<Long> receivedAt = new LinkedBlockingQueue<>();
        Disposable healthy = stream(id, Long.toString(seq)).subscribe(e -> {
            receivedAt.add(System.nanoTime());
            received.add(e);
        });
        // without and with stalled subscribers, twice each, so a change in the machine's load hits both alike
        List<Long> baseline = new ArrayList<>();
        List<Long> withStalled = new ArrayList<>();
        List<Socket> stalled = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            measure(admin, id, received, receivedAt, "baseline " + round, baseline);
            for (int i = 0; i < STALLED; i++) {
                stalled.add(stalledSubscriber(id, "stalled-" + round + "-" + i + "-" + candidate));
            }
            Thread.sleep(1000); // the server has written what the stalled sockets take and stopped there
            measure(admin, id, received, receivedAt, "stalled " + round, withStalled);
            if (round == 0) {
                for (Socket s : stalled) {
                    s.close();
                }
                stalled.clear();
            }
        }
        healthy.dispose();

        long baselineMedian = percentile(baseline, 0.5);
        long stalledMedian = percentile(withStalled, 0.5);
        System.out.printf("Healthy subscriber delivery, ms: baseline median %d p90 %d max %d; with %d stalled median %d"
                        + " p90 %d max %d%n", baselineMedian, percentile(baseline, 0.9), percentile(baseline, 1),
                STALLED, stalledMedian, percentile(withStalled, 0.9), percentile(withStalled, 1));
        assertThat(stalledMedian - baselineMedian)
                .as("extra delivery delay (median ms) caused by %d stalled subscribers", STALLED)
                .isLessThanOrEqualTo(100);

        // the stalled subscriber was held at a bounded buffer, not dropped: reading now, it gets everything
        String last = "stalled 1 probe " + (PROBES - 1) + ".";
        String all = readUntil(stalled.get(0), last, Duration.ofSeconds(60));
        assertThat(all).contains("Backlog note 44.").contains(last);
        for (Socket s : stalled) {
            s.close();
        }
    }

    private static void measure(WebTestClient admin, String id, BlockingQueue<ServerSentEvent<String>> received,
                                BlockingQueue<Long> receivedAt, String label, List<Long> latencies)
            throws InterruptedException {
        for (int i = 0; i < PROBES; i++) {
            String text = label + " probe " + i + ".";
            long sentAt = System.nanoTime();
            note(admin, id, text);
            while (true) {
                ServerSentEvent<String> e = received.poll(30, TimeUnit.SECONDS);
                Long at = receivedAt.poll(1, TimeUnit.SECONDS);
                assertThat(e).as("event for " + text).isNotNull();
                if (e.data().contains(text)) {
                    latencies.add((at - sentAt) / 1_000_000);
                    break;
                }
            }
        }
    }

    /** Each stalled subscriber is its own admin, so none of them counts against another's stream limit. */
    private Socket stalledSubscriber(String id, String subject) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress("localhost", port), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/sessions/" + id + "/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: " + bearer(subject, "ADMIN") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
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

    private static long percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
