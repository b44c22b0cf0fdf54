package io.highbar.interview.limit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param answers        answer submissions each user may make per {@code period} (a token bucket, in memory per instance)
 * @param streamsPerUser live event streams one user may hold open at once on this instance
 */
@ConfigurationProperties("highbar.limits")
public record LimitProperties(Rate answers, int streamsPerUser) {

    public record Rate(int capacity, Duration period) {
    }
}
