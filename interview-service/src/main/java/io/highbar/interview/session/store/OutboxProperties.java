package io.highbar.interview.session.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often the relay sweeps for entries the immediate publish missed (e.g. left by a crash)
 * @param relayEnabled false only in tests that simulate a crash between storing and publishing
 */
@ConfigurationProperties("highbar.outbox")
public record OutboxProperties(Duration pollInterval, boolean relayEnabled) {
}
