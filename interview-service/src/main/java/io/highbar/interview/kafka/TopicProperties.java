package io.highbar.interview.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param answerSubmittedPartitions the unit of scoring parallelism: at most this many scoring threads in all */
@ConfigurationProperties("highbar.topics")
public record TopicProperties(int answerSubmittedPartitions) {
}
