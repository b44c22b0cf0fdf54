package io.highbar.scoring.rubric;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.card.RubricPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.annotation.PartitionOffset;
import org.springframework.kafka.annotation.TopicPartition;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Reads the compacted rubric topic from its beginning on every start (each instance needs every rubric),
 * so a rubric published while the platform runs is used for the next answer without a restart.
 */
@Component
public class RubricListener {

    private static final Logger log = LoggerFactory.getLogger(RubricListener.class);

    private final RubricRegistry registry;

    public RubricListener(RubricRegistry registry) {
        this.registry = registry;
    }

    @KafkaListener(id = "rubric-published", groupId = "scoring-service-rubrics",
            topicPartitions = @TopicPartition(topic = Topics.RUBRIC_PUBLISHED,
                    partitionOffsets = @PartitionOffset(partition = "0", initialOffset = "0")))
    public void onPublished(String json) {
        try {
            registry.offer(EventJson.read(json, RubricPublished.class).card());
        } catch (JacksonException | NullPointerException e) {
            log.warn("Ignored an unreadable rubric record; keeping the last good versions: {}", e.toString());
        }
    }
}
