package io.highbar.interview.stream;

import java.time.Duration;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * On SIGTERM, before the web server's graceful shutdown waits for open requests, every live event stream ends with a
 * {@code retry:} hint, so browsers reconnect (with {@code Last-Event-ID}) to another instance at once and lose
 * nothing; without this the never-ending streams would hold the shutdown until its timeout, then be cut.
 */
@Component
public class StreamShutdown implements SmartLifecycle {

    /** How long a browser waits before reconnecting; short, since another instance is usually ready. */
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final Sinks.One<Boolean> stopping = Sinks.one();
    private volatile boolean running;

    /** The stream, ended with a reconnect hint when this instance stops. */
    public Flux<ServerSentEvent<String>> endOnShutdown(Flux<ServerSentEvent<String>> stream) {
        return stream.takeUntilOther(stopping.asMono())
                .concatWith(Flux.defer(() -> running ? Flux.empty() : Flux.just(ServerSentEvent.<String>builder()
                        .retry(RECONNECT_AFTER).comment("this instance is stopping: reconnect with Last-Event-ID")
                        .build())));
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
}
