package io.highbar.interview.kafka;

import io.highbar.contracts.Topics;
import io.highbar.interview.stream.SessionChangeBus;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    @Bean
    NewTopic answerSubmittedTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.ANSWER_SUBMITTED).partitions(topics.answerSubmittedPartitions()).build();
    }

    @Bean
    NewTopic answerEvaluatedTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.ANSWER_EVALUATED).partitions(topics.answerSubmittedPartitions()).build();
    }

    @Bean
    NewTopic answerSubmittedDeadLetterTopic() {
        return TopicBuilder.name(Topics.ANSWER_SUBMITTED_DEAD_LETTER).partitions(1).build();
    }

    @Bean
    NewTopic answerEvaluatedDeadLetterTopic() {
        return TopicBuilder.name(Topics.ANSWER_EVALUATED + ".dlt").partitions(1).build();
    }

    @Bean
    NewTopic storySavedTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.STORY_SAVED).partitions(topics.answerSubmittedPartitions()).build();
    }

    @Bean
    NewTopic storyMappedTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.STORY_MAPPED).partitions(topics.answerSubmittedPartitions()).build();
    }

    @Bean
    NewTopic storyMappedDeadLetterTopic() {
        return TopicBuilder.name(Topics.STORY_MAPPED + ".dlt").partitions(1).build();
    }

    @Bean
    NewTopic sessionChangedTopic() {
        return TopicBuilder.name(SessionChangeBus.TOPIC).partitions(3)
                .config("retention.ms", "3600000").build();
    }

    /**
     * A record that still fails after bounded retries goes to {@code <topic>.dlt} (partition chosen by key),
     * and its offset is committed: one bad record never blocks the partition. Unreadable JSON is not retried.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<String, String> kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(record.topic() + ".dlt", -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 3));
        handler.addNotRetryableExceptions(JacksonException.class, NullPointerException.class);
        return handler;
    }
}
