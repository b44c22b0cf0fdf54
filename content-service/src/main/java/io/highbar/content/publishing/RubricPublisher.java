package io.highbar.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.RubricPublished;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Publishes a card's rubric to the compacted {@link Topics#RUBRIC_PUBLISHED} topic, keyed by competency id.
 * Publishing a version again is harmless: consumers ignore versions they already have.
 */
@Component
public class RubricPublisher {

    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;

    public RubricPublisher(KafkaTemplate<String, String> kafka, Clock clock) {
        this.kafka = kafka;
        this.clock = clock;
    }

    /** Completes once the broker acknowledged the record (acks=all). */
    public Mono<Void> publish(CompetencyCard card) {
        RubricPublished event = new RubricPublished(card.id(), card.rubric().version(), card, clock.instant());
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.RUBRIC_PUBLISHED, card.id(), EventJson.write(event));
        record.headers().add(Topics.EVENT_TYPE_HEADER, RubricPublished.TYPE.getBytes(StandardCharsets.UTF_8));
        return Mono.fromFuture(() -> kafka.send(record)).then();
    }
}
