package io.highbar.loadtool;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.highbar.loadtool.SseParser.SseEvent;

/**
 * One session's event stream, read asynchronously (no thread per stream, so thousands can be held). If an
 * established stream ends before {@link #close()}, it reconnects with {@code Last-Event-ID} (so nothing is
 * delivered twice by the reconnect itself) until {@code deadlineNanos}, at most 5 times in a row.
 */
public final class SseStream {

    /** Called on the HTTP client's threads, in stream order, with the arrival time. */
    public interface Listener {
        void onEvent(SseEvent event, long arrivedNanos);
    }

    private static final int MAX_RECONNECTS = 5;

    private final HttpClient http;
    private final URI uri;
    private final String token;
    private final Listener listener;
    private final ErrorCounts errors;
    private final long deadlineNanos;
    private final CompletableFuture<Boolean> connected = new CompletableFuture<>();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile String lastEventId;
    private volatile boolean open;
    private volatile boolean closed;
    private volatile Flow.Subscription subscription;
    private volatile long connectedNanos = -1;
    private final long startedNanos = System.nanoTime();

    public SseStream(HttpClient http, URI uri, String token, Listener listener, ErrorCounts errors,
                     long deadlineNanos) {
        this.http = http;
        this.uri = uri;
        this.token = token;
        this.listener = listener;
        this.errors = errors;
        this.deadlineNanos = deadlineNanos;
    }

    public SseStream start() {
        connect();
        return this;
    }

    /** Completes with true once the first connection answered 200, false if it did not. */
    public CompletableFuture<Boolean> connected() {
        return connected;
    }

    /** Time from {@link #start()} to the 200 of the first connection, or -1. */
    public long connectNanos() {
        return connectedNanos < 0 ? -1 : connectedNanos - startedNanos;
    }

    public boolean isOpen() {
        return open;
    }

    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "text/event-stream")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        http.sendAsync(request.build(), info -> {
            if (info.statusCode() != 200) {
                errors.add("stream:HTTP " + info.statusCode());
                connected.complete(false);
                return HttpResponse.BodySubscribers.discarding();
            }
            open = true;
            failuresInARow.set(0);
            if (connectedNanos < 0) {
                connectedNanos = System.nanoTime();
            }
            connected.complete(true);
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
        }).whenComplete((response, failure) -> {
            boolean wasOpen = open;
            open = false;
            if (failure != null && !closed) {
                errors.add("stream:" + ErrorCounts.describe(failure));
            }
            connected.complete(false);
            if (!closed && connected.join() && System.nanoTime() < deadlineNanos
                    && (wasOpen || failuresInARow.incrementAndGet() <= MAX_RECONNECTS)) {
                errors.add("stream:reconnect");
                CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS).execute(this::connect);
            }
        });
    }

    private final class Lines implements Flow.Subscriber<String> {
        private final SseParser parser = new SseParser();

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (closed) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            parser.accept(line).ifPresent(event -> {
                if (event.id() != null) {
                    lastEventId = event.id();
                }
                listener.onEvent(event, now);
            });
        }

        @Override
        public void onError(Throwable throwable) {
            // reported through the response future
        }

        @Override
        public void onComplete() {
            // reported through the response future
        }
    }
}
