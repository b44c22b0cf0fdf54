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
 * Subscribers that connect and never read (a tiny receive buffer, a backlog far beyond what the sockets and the
 * server buffer) hold nothing back: with three of them stalled on a session, a healthy subscriber of the same session
 * gets every new event, in order, and a stalled one that starts reading gets every event. What they cost the healthy
 * one in delivery time is a speed figure: the load tool's {@code --stalled-streams} measures it (BENCHMARKS.md).
 */
class StalledSubscriberTest extends InterviewServiceTestBase {

    private static final int PROBES = 12;
    private static final int STALLED = 3;

    @Test
    void stalledSubscribersHoldBackNeitherAHealthyOneNorTheirOwnLaterReading() throws Exception {
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
        Disposable healthy = stream(id, Long.toString(seq)).subscribe(received::add);
        List<Socket> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED; i++) {
            stalled.add(stalledSubscriber(id, "stalled-" + i + "-" + candidate));
        }
        Thread.sleep(1000); // the server writes what the stalled sockets take and stops there
        List<String> delivered = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            String text = "probe " + i + ".";
            note(admin, id, text);
            ServerSentEvent<String> e = received.poll(30, TimeUnit.SECONDS);
            assertThat(e).as("the healthy subscriber's event for " + text).isNotNull();
            delivered.add(e.data());
        }
        healthy.dispose();
        for (int i = 0; i < PROBES; i++) {
            assertThat(delivered.get(i)).as("the healthy subscriber's event " + i).contains("probe " + i + ".");
        }

        // the stalled subscriber was held at a bounded buffer, not dropped: reading now, it gets everything
        String last = "probe " + (PROBES - 1) + ".";
        String all = readUntil(stalled.get(0), last, Duration.ofSeconds(60));
        assertThat(all).contains("Backlog note 0.").contains("Backlog note 44.").contains(last);
        for (Socket s : stalled) {
            s.close();
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
}
