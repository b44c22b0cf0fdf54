package io.highbar.interview.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("highbar.content")
public record ContentProperties(String baseUrl, Duration timeout) {
}
