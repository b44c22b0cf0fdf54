package io.highbar.interview.session;

import java.time.Instant;

import io.highbar.contracts.answer.AnswerSubmitted;

/** An event stored with the change that caused it, waiting for the relay to publish it. */
public record OutboxEntry(AnswerSubmitted event, Instant createdAt) {
}
