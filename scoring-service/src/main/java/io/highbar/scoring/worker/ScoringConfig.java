package io.highbar.scoring.worker;

import java.time.Clock;

import io.highbar.contracts.Topics;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.rubric.RubricRegistry;
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
class ScoringConfig {

    @Bean
    ScoringEngine scoringEngine() {
        return new ScoringEngine();
    }

    @Bean
    RubricRegistry rubricRegistry(ScoringEngine engine, ScoringProperties properties) {
        return new RubricRegistry(engine, properties.cardsLocation());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NewTopic rubricPublishedTopic() {
        return TopicBuilder.name(Topics.RUBRIC_PUBLISHED).partitions(1).compact().build();
    }

    @Bean
    NewTopic answerSubmittedTopic(ScoringProperties properties) {
        return TopicBuilder.name(Topics.ANSWER_SUBMITTED).partitions(properties.partitions()).build();
    }

    @Bean
    NewTopic answerEvaluatedTopic(ScoringProperties properties) {
        return TopicBuilder.name(Topics.ANSWER_EVALUATED).partitions(properties.partitions()).build();
    }

    @Bean
    NewTopic storySavedTopic(ScoringProperties properties) {
        return TopicBuilder.name(Topics.STORY_SAVED).partitions(properties.partitions()).build();
    }

    @Bean
    NewTopic storyMappedTopic(ScoringProperties properties) {
        return TopicBuilder.name(Topics.STORY_MAPPED).partitions(properties.partitions()).build();
    }

    @Bean
    NewTopic storySavedDeadLetterTopic() {
        return TopicBuilder.name(Topics.STORY_SAVED_DEAD_LETTER).partitions(1).build();
    }

    @Bean
    NewTopic answerSubmittedDeadLetterTopic() {
        return TopicBuilder.name(Topics.ANSWER_SUBMITTED_DEAD_LETTER).partitions(1).build();
    }

    /**
     * After 3 retries half a second apart, an answer that cannot be scored goes to the dead-letter topic
     * (interview-service then shows it as failed) and the partition moves on. Unreadable records are not retried.
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
