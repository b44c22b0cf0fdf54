package io.highbar.scoring.worker;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param concurrency   consumer threads of this instance (partitions are shared among all threads of the group)
 * @param cardsLocation cards bundled with the service: the rubrics used until content-service publishes newer ones
 * @param partitions    partitions of the answer topics, if this service is the first to create them
 */
@ConfigurationProperties("highbar.scoring")
public record ScoringProperties(int concurrency, String cardsLocation, int partitions) {
}
