package io.highbar.e2e.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A browser's EventSource on one session, through the gateway: whenever its stream ends, fails or is dropped, it
 * reconnects with {@code Last-Event-ID} (after the server's {@code retry:} hint, else half a second). It records what
 * the client saw: events in order, ids seen twice (duplicates), ids skipped (gaps, i.e. events lost on the way).
 */
final class EventStreamReader implements AutoCloseable {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };
    private static final Pattern ANSWER_ID = Pattern.compile("\"answerId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration DEFAULT_RECONNECT = Duration.ofMillis(500);

    /** One event as the client saw it. */
    record Seen(long id, String type, String answerId, long atNanos) {
    }

    private final WebClient web;
    private final String sessionId;
    private final String token;
    private final ScheduledExecutorService reconnects;
    private final List<Seen> seen = new ArrayList<>();
    private long lastId;
    private int duplicates;
    private int gaps;
    private int connections;
    private int retryHints;
    private Duration reconnectAfter = DEFAULT_RECONNECT;
    private Disposable current;
    private boolean closed;

    EventStreamReader(WebClient web, String sessionId, String token, ScheduledExecutorService reconnects) {
        this.web = web;
        this.sessionId = sessionId;
        this.token = token;
        this.reconnects = reconnects;
        connect();
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        connections++;
        long after = lastId;
        Flux<ServerSentEvent<String>> stream = web.get().uri("/api/sessions/{id}/events", sessionId)
                .accept(MediaType.TEXT_EVENT_STREAM).cookie("highbar_token", token)
                .headers(h -> {
                    if (after > 0) {
                        h.set("Last-Event-ID", Long.toString(after));
                    }
                })
                .exchangeToFlux(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToFlux(SSE)
                        : response.releaseBody().thenMany(Flux.error(new IllegalStateException(
                                "stream refused: " + response.statusCode()))));
        current = stream.subscribe(this::onEvent, e -> ended(), this::ended);
    }

    private synchronized void onEvent(ServerSentEvent<String> event) {
        if (event.retry() != null) {
            retryHints++;
            reconnectAfter = event.retry();
        }
        if (event.event() == null || event.id() == null) {
            return; // heartbeat or retry hint
        }
        long id = Long.parseLong(event.id());
        if (id <= lastId) {
            duplicates++;
            return;
        }
        if (id != lastId + 1) {
            gaps += (int) (id - lastId - 1);
        }
        lastId = id;
        String answerId = null;
        if (event.data() != null) {
            Matcher m = ANSWER_ID.matcher(event.data());
            if (m.find()) {
                answerId = m.group(1);
            }
        }
        seen.add(new Seen(id, event.event(), answerId, System.nanoTime()));
    }

    private synchronized void ended() {
        if (closed) {
            return;
        }
        Duration wait = reconnectAfter;
        reconnectAfter = DEFAULT_RECONNECT;
        reconnects.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The client drops its connection (a flaky network, a closed laptop lid) and reconnects. */
    synchronized void drop() {
        if (closed || current == null || current.isDisposed()) {
            return;
        }
        current.dispose();
        reconnects.schedule(this::connect, 200, TimeUnit.MILLISECONDS);
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    synchronized int duplicates() {
        return duplicates;
    }

    synchronized int gaps() {
        return gaps;
    }

    synchronized int connections() {
        return connections;
    }

    synchronized int retryHints() {
        return retryHints;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.dispose();
        }
    }

    static ScheduledExecutorService scheduler() {
        return Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "sse-reconnects");
            t.setDaemon(true);
            return t;
        });
    }
}
