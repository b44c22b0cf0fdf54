package io.highbar.loadtool;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the gateway on a loopback port: sessions, answers (202, evaluated 20 ms later on the
 * session's stream) and SSE streams, with no sign-in (404). Lets the runs be tested without the platform.
 */
final class StubPlatform implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ScheduledExecutorService scorer = Executors.newSingleThreadScheduledExecutor();
    /** Per session, one queue per open stream: every event goes to all of them. */
    private final Map<String, java.util.List<BlockingQueue<String>>> streams = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seqs = new ConcurrentHashMap<>();
    /** Per session, every event sent, for Last-Event-ID replay. */
    private final Map<String, java.util.List<String>> logs = new ConcurrentHashMap<>();
    private final AtomicInteger sessions = new AtomicInteger();
    volatile boolean duplicateEvaluations;
    /** Ends a stream right after it delivered an evaluation, as a restarting instance would. */
    volatile boolean dropStreamAfterEvaluation;
    final java.util.List<String> lastEventIds = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicInteger signIns = new AtomicInteger();
    /** Per session, the stream requests without Last-Event-ID (each client's first). */
    final Map<String, AtomicInteger> freshStreams = new ConcurrentHashMap<>();

    StubPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/api/auth/token", ex -> {
            signIns.incrementAndGet();
            respond(ex, 404, "{}");
        });
        server.createContext("/api/sessions", this::sessions);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void sessions(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        ex.getRequestBody().readAllBytes();
        if (path.equals("/api/sessions") && ex.getRequestMethod().equals("POST")) {
            String id = "s" + sessions.incrementAndGet();
            streams.put(id, new java.util.concurrent.CopyOnWriteArrayList<>());
            seqs.put(id, new AtomicInteger(1));
            logs.put(id, new java.util.concurrent.CopyOnWriteArrayList<>());
            respond(ex, 201, "{\"id\":\"" + id + "\",\"status\":\"ASKING\",\"currentQuestion\":{\"id\":\"q1\",\"text\":\"Q\"}}");
            return;
        }
        String[] parts = path.split("/"); // "", api, sessions, {id}, events|answers
        String id = parts.length > 4 ? parts[3] : "";
        java.util.List<BlockingQueue<String>> queues = streams.get(id);
        if (queues == null) {
            respond(ex, 404, "{}");
        } else if (parts[4].equals("answers") && ex.getRequestMethod().equals("POST")) {
            String answerId = UUID.randomUUID().toString();
            respond(ex, 202, "{\"answerId\":\"" + answerId + "\"}");
            scorer.schedule(() -> {
                String evaluated = event(id, "answer-evaluated", "{\"answerId\":\"" + answerId + "\",\"evaluation\":{\"verdict\":\"RAISES_THE_BAR\"}}");
                queues.forEach(q -> q.add(evaluated));
                if (duplicateEvaluations) {
                    String again = event(id, "answer-evaluated", "{\"answerId\":\"" + answerId + "\"}");
                    queues.forEach(q -> q.add(again));
                }
            }, 20, TimeUnit.MILLISECONDS);
        } else if (parts[4].equals("events")) {
            if (ex.getRequestHeaders().getFirst("Last-Event-ID") == null) {
                freshStreams.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            }
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            try {
                stream(ex, id, queue);
            } finally {
                queues.remove(queue);
            }
        } else {
            respond(ex, 405, "{}");
        }
    }

    private synchronized String event(String id, String type, String data) {
        String event = "id:" + seqs.get(id).getAndIncrement() + "\nevent:" + type + "\ndata:" + data + "\n\n";
        logs.get(id).add(event);
        return event;
    }

    private static long idOf(String event) {
        return Long.parseLong(event.substring(3, event.indexOf('\n')));
    }

    private void stream(HttpExchange ex, String id, BlockingQueue<String> queue) throws IOException {
        String lastEventId = ex.getRequestHeaders().getFirst("Last-Event-ID");
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(":heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
            long sent = 0;
            if (lastEventId == null) {
                String asked = event(id, "question-asked", "{\"questionId\":\"q1\"}");
                out.write(asked.getBytes(StandardCharsets.UTF_8));
                sent = idOf(asked);
            } else {
                lastEventIds.add(lastEventId);
                sent = Long.parseLong(lastEventId);
                for (String missed : logs.get(id)) {
                    if (idOf(missed) > sent) {
                        out.write(missed.getBytes(StandardCharsets.UTF_8));
                        sent = idOf(missed);
                    }
                }
            }
            out.flush();
            while (true) {
                String next = queue.poll(200, TimeUnit.MILLISECONDS);
                if (next != null && idOf(next) <= sent) {
                    continue; // already replayed
                }
                if (next != null) {
                    sent = idOf(next);
                }
                out.write((next == null ? ":\n" : next).getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (next != null && dropStreamAfterEvaluation && next.contains("answer-evaluated")) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        scorer.shutdownNow();
        handlers.shutdownNow();
    }
}
