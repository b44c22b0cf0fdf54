package io.highbar.interview.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

class StreamShutdownTest {

    @Test
    void anOpenStreamEndsWithARetryHintWhenTheInstanceStops() throws Exception {
        StreamShutdown shutdown = new StreamShutdown();
        shutdown.start();
        Sinks.Many<ServerSentEvent<String>> live = Sinks.many().multicast().onBackpressureBuffer();
        CompletableFuture<List<ServerSentEvent<String>>> seen = shutdown.endOnShutdown(live.asFlux()).collectList().toFuture();
        live.tryEmitNext(event("1"));

        shutdown.stop();

        List<ServerSentEvent<String>> events = seen.get(5, TimeUnit.SECONDS);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).id()).isEqualTo("1");
        assertThat(events.get(1).retry()).isEqualTo(Duration.ofSeconds(1));
        assertThat(events.get(1).event()).isNull();
        assertThat(shutdown.isRunning()).isFalse();
    }

    @Test
    void aStreamOpenedWhileTheInstanceStopsEndsAtOnceWithTheHint() {
        StreamShutdown shutdown = new StreamShutdown();
        shutdown.start();
        shutdown.stop();

        List<ServerSentEvent<String>> events = shutdown.endOnShutdown(Flux.never()).collectList()
                .block(Duration.ofSeconds(5));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.retry()).isNotNull());
    }

    @Test
    void whileRunningTheStreamIsUntouched() {
        StreamShutdown shutdown = new StreamShutdown();
        shutdown.start();

        List<ServerSentEvent<String>> events = shutdown.endOnShutdown(Flux.just(event("1"), event("2"))).collectList()
                .block(Duration.ofSeconds(5));

        assertThat(events).extracting(ServerSentEvent::id).containsExactly("1", "2");
    }

    private static ServerSentEvent<String> event(String id) {
        return ServerSentEvent.<String>builder().id(id).event("answer-submitted").data("{}").build();
    }
}
