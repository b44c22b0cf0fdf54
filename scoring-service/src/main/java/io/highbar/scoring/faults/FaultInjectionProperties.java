package io.highbar.scoring.faults;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Test-only fault injection, off unless set. Never set it in production.
 *
 * @param failAnswersContaining when not blank, scoring an answer whose text contains it throws (so that answer is
 *                              retried, then dead-lettered and shown as {@code answer-failed}); env
 *                              {@code HIGHBAR_FAULT_FAIL_ANSWERS_CONTAINING}
 */
@ConfigurationProperties("highbar.faults")
public record FaultInjectionProperties(String failAnswersContaining) {

    public boolean failsOn(String answerText) {
        return failAnswersContaining != null && !failAnswersContaining.isBlank() && answerText != null
                && answerText.contains(failAnswersContaining);
    }
}
