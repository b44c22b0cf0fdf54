package io.highbar.interview.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param heartbeat how often an idle SSE stream gets a comment line, so proxies keep it open */
@ConfigurationProperties("highbar.stream")
public record LiveStreamProperties(Duration heartbeat) {
}
