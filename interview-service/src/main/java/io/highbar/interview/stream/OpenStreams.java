package io.highbar.interview.stream;

import io.highbar.interview.limit.StreamSlots;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * What every event stream of this service shares: a slot of the caller's stream limit (freed when the stream
 * ends), heartbeats, no proxy buffering, and an end with a {@code retry:} hint on shutdown.
 */
@Component
public class OpenStreams {

    private final StreamSlots slots;
    private final LiveStreamProperties properties;
    private final StreamShutdown shutdown;

    public OpenStreams(StreamSlots slots, LiveStreamProperties properties, StreamShutdown shutdown) {
        this.slots = slots;
        this.properties = properties;
        this.shutdown = shutdown;
    }

    /** @throws io.highbar.interview.limit.TooManyRequests when the caller already holds their limit of streams */
    public ResponseEntity<Flux<ServerSentEvent<String>>> open(String subject, Flux<ServerSentEvent<String>> events) {
        Runnable release = slots.acquire(subject);
        return ResponseEntity.ok()
                .header("X-Accel-Buffering", "no")
                .body(shutdown.endOnShutdown(Flux.merge(events, heartbeats()))
                        .doFinally(signal -> release.run()));
    }

    private Flux<ServerSentEvent<String>> heartbeats() {
        // a client that does not read misses heartbeats instead of ending its stream with an overflow
        return Flux.interval(properties.heartbeat()).onBackpressureDrop()
                .map(i -> ServerSentEvent.<String>builder().comment("heartbeat").build());
    }
}
