package io.highbar.interview.story;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.story.StorySaved;
import io.highbar.interview.outbox.PeriodicSweep;
import io.highbar.interview.session.store.OutboxProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes {@code interview.story-saved} for every story version written with a publish mark, then clears the mark.
 * At least once: a crash after the send and before the mark publishes the version again, and the mapping it causes
 * is keyed by story id and version. Each save is published at once ({@link #publishNow}); a sweep on one thread per
 * instance publishes what a crash or a broker outage left marked.
 */
@Component
class StoryOutbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoryOutbox.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    /** The sweep leaves younger stories to the immediate publish, so the two rarely send the same version twice. */
    private static final Duration SWEEP_MIN_AGE = Duration.ofSeconds(2);

    private final StoryStore store;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final PeriodicSweep sweep = new PeriodicSweep("story-outbox", this::drainSafely);

    StoryOutbox(@Lazy StoryStore store, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this.store = store;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Publishes the version {@code saved} announces without waiting for the sweep; if this fails, the sweep will. */
    void publishNow(Story saved) {
        if (sweep.isRunning() && saved.publishVersion() != null) {
            publish(saved).subscribe(null, e -> log.debug("Immediate story publish failed, the sweep retries: {}",
                    e.toString()));
        }
    }

    void drainSafely() {
        try {
            store.toPublish(Instant.now().minus(SWEEP_MIN_AGE))
                    .concatMap(this::publish)
                    .blockLast(Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            log.warn("Story outbox drain failed, will retry: {}", e.toString());
        }
    }

    private Mono<Void> publish(Story story) {
        return Mono.fromCallable(() -> send(story)).subscribeOn(Schedulers.boundedElastic())
                .then(store.markPublished(story));
    }

    private Story send(Story story) throws Exception {
        StorySaved event = new StorySaved(story.id(), story.ownerId(), story.version(), story.title(), story.text(),
                story.updatedAt());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.STORY_SAVED, story.id(),
                EventJson.write(event));
        record.headers().add(Topics.EVENT_TYPE_HEADER, StorySaved.TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return story;
    }

    @Override
    public void start() {
        if (!properties.relayEnabled()) {
            log.warn("Outbox relay disabled: stories are stored but not published");
            return;
        }
        sweep.start(properties.pollInterval());
    }

    @Override
    public void stop() {
        sweep.stop();
    }

    @Override
    public boolean isRunning() {
        return sweep.isRunning();
    }
}
