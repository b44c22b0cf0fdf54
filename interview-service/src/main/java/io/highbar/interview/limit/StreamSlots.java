package io.highbar.interview.limit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/** Counts each user's open live streams on this instance, so one user cannot hold unbounded connections. */
@Component
public class StreamSlots {

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final int perUser;

    public StreamSlots(LimitProperties limits) {
        this.perUser = limits.streamsPerUser();
    }

    /**
     * @return what releases the slot (idempotent)
     * @throws TooManyRequests when the user already holds {@code streamsPerUser} streams
     */
    public Runnable acquire(String user) {
        AtomicBoolean granted = new AtomicBoolean();
        open.compute(user, (u, count) -> {
            int current = count == null ? 0 : count;
            if (current >= perUser) {
                return count;
            }
            granted.set(true);
            return current + 1;
        });
        if (!granted.get()) {
            throw new TooManyRequests("You already have " + perUser + " live streams open. Close one (another tab?)"
                    + " and reconnect.", java.time.Duration.ofSeconds(5));
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                open.computeIfPresent(user, (u, count) -> count <= 1 ? null : count - 1);
            }
        };
    }
}
