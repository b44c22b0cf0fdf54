package io.highbar.interview.stream;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The other interview-service instances this one heard from lately (a presence record or a change notice on the
 * session-change topic). While there is none, this instance's change notices stay local: sending them through Kafka
 * only to read them back and drop them cost a produce, a fetch and the broker's work for each, two per answer.
 */
final class PeerInstances {

    private final Map<String, Long> lastHeardNanos = new ConcurrentHashMap<>();
    private final long timeoutNanos;
    private final LongSupplier nanoClock;

    /** @param timeout how long a peer counts as present after it was last heard from */
    PeerInstances(Duration timeout, LongSupplier nanoClock) {
        this.timeoutNanos = timeout.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * Records that {@code origin} was heard from now.
     *
     * @return true if it was not present until now (new, or back after a silence longer than the timeout)
     */
    boolean heard(String origin) {
        long now = nanoClock.getAsLong();
        Long before = lastHeardNanos.put(origin, now);
        return before == null || now - before > timeoutNanos;
    }

    /** Whether any other instance was heard from within the timeout; forgets those that were not. */
    boolean anyPresent() {
        long now = nanoClock.getAsLong();
        lastHeardNanos.values().removeIf(at -> now - at > timeoutNanos);
        return !lastHeardNanos.isEmpty();
    }
}
