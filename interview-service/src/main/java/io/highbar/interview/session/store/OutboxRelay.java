package io.highbar.interview.session.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.interview.outbox.PeriodicSweep;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.interview.session.OutboxEntry;
import io.highbar.interview.session.Session;
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
 * Publishes the answers stored for Kafka (a log entry with {@code pending} set) and then marks them sent.
 * At least once: a crash after the send and before the mark publishes the answer again, and consumers are idempotent
 * by answer id. Each stored answer is published at once ({@link #publishNow}); a sweep on one thread per instance
 * handles entries older than a few seconds: it marks those this instance already sent (the mark failed) and
 * publishes the rest (a crash of this or another instance, a broker outage).
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
    /** The sweep leaves younger entries to the immediate publish, so the two rarely send the same answer twice. */
    private static final Duration SWEEP_MIN_AGE = Duration.ofSeconds(2);

    private final SessionStore store;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final PeriodicSweep sweep = new PeriodicSweep("outbox-relay", this::drainSafely);
    /** Answers this instance published whose entries may still be pending: the sweep marks them without a resend. */
    private final Cache<String, Boolean> sentHere = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofHours(1)).build();

    public OutboxRelay(@Lazy SessionStore store, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this.store = store;
        this.kafka = kafka;
        this.properties = properties;
    }

    /**
     * Publishes the answer the change that produced {@code stored} has just stored (the newest of its outbox), without
     * waiting for the next sweep. If this fails or the process dies first, the sweep publishes it later.
     */
    public void publishNow(Session stored) {
        if (sweep.isRunning() && stored.outboxPending()) {
            OutboxEntry newest = stored.outbox().get(stored.outbox().size() - 1);
            String entryId = SessionStore.entryId(stored.id(), stored.revision());
            Mono.fromCallable(() -> send(newest)).subscribeOn(Schedulers.boundedElastic())
                    .doOnNext(answerId -> sentHere.put(answerId, Boolean.TRUE))
                    .then(store.markPublished(entryId))
                    .subscribe(null, e -> log.debug("Immediate publish failed, the sweep retries: {}", e.toString()));
        }
    }

    void drainSafely() {
        try {
            Instant olderThan = Instant.now().minus(SWEEP_MIN_AGE);
            store.pendingPublications()
                    .filter(p -> p.entry().createdAt().isBefore(olderThan))
                    .concatMap(this::publish)
                    .blockLast(Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            log.warn("Outbox drain failed, will retry: {}", e.toString());
        }
    }

    private Mono<Void> publish(Publication publication) {
        String answerId = publication.entry().event().answerId();
        Mono<String> sent = sentHere.getIfPresent(answerId) != null ? Mono.just(answerId)
                : Mono.fromCallable(() -> send(publication.entry())).subscribeOn(Schedulers.boundedElastic());
        return sent.then(store.markPublished(publication.entryId()))
                .doOnSuccess(done -> sentHere.invalidate(answerId));
    }

    private String send(OutboxEntry entry) throws Exception {
        AnswerSubmitted event = entry.event();
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ANSWER_SUBMITTED, event.sessionId(),
                EventJson.write(event));
        record.headers().add(Topics.EVENT_TYPE_HEADER, AnswerSubmitted.TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return event.answerId();
    }

    @Override
    public void start() {
        if (!properties.relayEnabled()) {
            log.warn("Outbox relay disabled: answers are stored but not published");
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
