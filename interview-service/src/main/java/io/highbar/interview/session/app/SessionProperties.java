package io.highbar.interview.session.app;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on what one session holds, and the idle expiry.
 *
 * @param maxAnswers            answers per session (DRILL retries included)
 * @param maxNotes              interviewer notes per session
 * @param maxOverridesPerAnswer score overrides per answer
 * @param idleExpiry            a live session without activity this long becomes EXPIRED
 * @param expirySweep           how often each instance looks for idle sessions
 */
@ConfigurationProperties("highbar.sessions")
public record SessionProperties(int maxAnswers, int maxNotes, int maxOverridesPerAnswer, Duration idleExpiry,
                                Duration expirySweep) {
}
