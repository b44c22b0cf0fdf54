package io.highbar.interview.session.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param maxCharacters longest answer accepted (about 20 minutes of speech at 150 words a minute) */
@ConfigurationProperties("highbar.answers")
public record AnswerProperties(int maxCharacters) {
}
