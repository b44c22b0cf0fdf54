package io.highbar.interview.session.store;

import io.highbar.interview.session.OutboxEntry;

/** An answer stored for Kafka and not yet sent, with the log entry that holds it. */
public record Publication(String entryId, OutboxEntry entry) {
}
