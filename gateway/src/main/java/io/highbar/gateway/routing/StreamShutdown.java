package io.highbar.gateway.routing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * On SIGTERM, before the web server's graceful shutdown waits for open requests, every event stream proxied through
 * this gateway ends with a {@code retry:} hint, as interview-service ends its own: browsers reconnect (with
 * {@code Last-Event-ID}) through another gateway instance at once, where the never-ending streams would otherwise hold
 * the shutdown until its timeout and then be cut. A stream ends only between two events: an event the backend has
 * half sent is passed on whole first, so the browser never sees it cut.
 */
@Component
public class StreamShutdown implements GlobalFilter, Ordered, SmartLifecycle {

    /** How long a browser waits before reconnecting; short, since another instance is usually ready. */
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    static final String HINT = "retry: " + RECONNECT_AFTER.toMillis()
            + "\n: the gateway is stopping: reconnect with Last-Event-ID\n\n";

    private final Sinks.One<Boolean> stopping = Sinks.one();
    private volatile boolean running;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        ServerHttpResponseDecorator endsOnShutdown = new ServerHttpResponseDecorator(response) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                return super.writeWith(isEventStream(getDelegate()) ? endOnShutdown(Flux.from(body), bufferFactory())
                        : body);
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                if (!isEventStream(getDelegate())) {
                    return super.writeAndFlushWith(body);
                }
                // each part flushed on its own, as the backend sent it
                return super.writeAndFlushWith(endOnShutdown(Flux.from(body).concatMap(Flux::from), bufferFactory())
                        .map(Flux::just));
            }
        };
        return chain.filter(exchange.mutate().response(endsOnShutdown).build());
    }

    /**
     * The body, ended with the reconnect hint once this instance stops, at the first boundary between two events
     * from then on. A body that ends by itself ends as it is.
     */
    Flux<DataBuffer> endOnShutdown(Flux<? extends DataBuffer> body, DataBufferFactory buffers) {
        EventBoundary boundary = new EventBoundary();
        Flux<Object> parts = body.<Object>map(b -> b).concatWith(Mono.just(Signal.BODY_ENDED));
        Mono<Object> stop = stopping.asMono().map(s -> Signal.STOP);
        return Flux.merge(parts, stop)
                .concatMap(part -> {
                    if (part == Signal.STOP) {
                        boundary.stopRequested = true;
                        return boundary.atBoundary() ? Flux.just(Signal.HINT) : Flux.empty();
                    }
                    if (part == Signal.BODY_ENDED) {
                        return Flux.just(part);
                    }
                    DataBuffer buffer = (DataBuffer) part;
                    boundary.passed(buffer);
                    return boundary.stopRequested && boundary.atBoundary() ? Flux.just(buffer, Signal.HINT)
                            : Flux.just(buffer);
                })
                .takeUntil(part -> part == Signal.HINT || part == Signal.BODY_ENDED)
                .filter(part -> part != Signal.BODY_ENDED)
                .map(part -> part == Signal.HINT ? buffers.wrap(HINT.getBytes(StandardCharsets.UTF_8))
                        : (DataBuffer) part);
    }

    private static boolean isEventStream(ServerHttpResponse response) {
        MediaType type = response.getHeaders().getContentType();
        return type != null && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(type);
    }

    /** Before the proxy writes the backend's response, so that it writes through the decorator. */
    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopping.tryEmitValue(Boolean.TRUE);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown (a lower phase) starts waiting for open requests. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    private enum Signal { STOP, BODY_ENDED, HINT }

    /** Whether the bytes passed so far end an event: a blank line ({@code \n\n}, {@code \r\n\r\n} or {@code \r\r}). */
    private static final class EventBoundary {

        /** The last four bytes passed, newest in the lowest byte; nothing passed yet counts as a boundary. */
        private int tail = '\n' << 8 | '\n';
        volatile boolean stopRequested;

        void passed(DataBuffer buffer) {
            int end = buffer.writePosition();
            for (int i = Math.max(buffer.readPosition(), end - 4); i < end; i++) {
                tail = tail << 8 | (buffer.getByte(i) & 0xff);
            }
        }

        boolean atBoundary() {
            int last2 = tail & 0xffff;
            return last2 == ('\n' << 8 | '\n') || last2 == ('\r' << 8 | '\r') || tail == ('\r' << 24 | '\n' << 16 | '\r' << 8 | '\n');
        }
    }
}
