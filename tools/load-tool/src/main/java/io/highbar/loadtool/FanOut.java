package io.highbar.loadtool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * The arrivals of {@code answer-evaluated} events on many streams watching the same sessions: one event
 * must reach every stream of its session exactly once. Each stream gets its own {@link #listener()}, so a
 * duplicate is counted per stream.
 */
public final class FanOut {

    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();

    /** A listener for one stream; it remembers which answers that stream has already seen. */
    public SseStream.Listener listener() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        return (event, arrivedNanos) -> {
            if (!AnswerTracker.EVALUATED.equals(event.event())) {
                return;
            }
            JsonNode data = Gateway.JSON.readTree(event.data());
            String answerId = data.path("answerId").asString(null);
            if (answerId == null) {
                return;
            }
            if (!seen.add(answerId)) {
                duplicates.incrementAndGet();
                return;
            }
            arrivals.computeIfAbsent(answerId, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(arrivedNanos);
        };
    }

    /** Arrival times of one answer's evaluation, one per stream that got it. */
    public List<Long> arrivals(String answerId) {
        List<Long> list = arrivals.get(answerId);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    public long duplicates() {
        return duplicates.get();
    }
}
