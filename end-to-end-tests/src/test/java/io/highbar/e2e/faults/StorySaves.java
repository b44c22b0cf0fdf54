package io.highbar.e2e.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.highbar.e2e.SampleStories;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Stories saved through the gateway on a thread of their own, one every {@code every}, then checked: each must end
 * mapped (its current version's mapping readable), however the scorer was treated meanwhile.
 */
final class StorySaves implements AutoCloseable {

    private final WebClient web;
    private final String token;
    private final Map<String, Long> savedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> mappedAt = new ConcurrentHashMap<>();
    private final Thread saver;
    private volatile boolean saving = true;

    StorySaves(WebClient web, String token, int count, Duration every) {
        this.web = web;
        this.token = token;
        this.saver = new Thread(() -> {
            for (int i = 0; i < count && saving; i++) {
                long at = System.nanoTime();
                Map<?, ?> story = web.post().uri("/api/stories").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("title", "Fault suite story " + i, "text", SampleStories.FRUGAL + " (" + i + ")"))
                        .retrieve().bodyToMono(Map.class).block(Duration.ofSeconds(30));
                savedAt.put(story.get("id").toString(), at);
                pause(every.toMillis());
            }
        }, "story-saves");
        saver.start();
    }

    /** Waits for the saves to end, then for every saved story to be mapped, up to {@code patience}. */
    void awaitMapped(Duration patience) throws InterruptedException {
        saver.join(patience.toMillis());
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && mappedAt.size() < savedAt.size()) {
            for (String id : savedAt.keySet()) {
                if (!mappedAt.containsKey(id) && mapped(id)) {
                    mappedAt.put(id, System.nanoTime());
                }
            }
            pause(250);
        }
    }

    int saved() {
        return savedAt.size();
    }

    int mapped() {
        return mappedAt.size();
    }

    /** From {@code since} (nanoTime) to the last mapping seen. */
    Duration lastMappedAfter(long since) {
        return Duration.ofNanos(Math.max(0, mappedAt.values().stream().mapToLong(t -> t - since).max().orElse(0)));
    }

    Duration maxSaveToMapped() {
        List<Long> waits = new ArrayList<>();
        mappedAt.forEach((id, at) -> waits.add(at - savedAt.get(id)));
        return Duration.ofNanos(waits.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private boolean mapped(String id) {
        try {
            web.get().uri("/api/stories/{id}/mapping", id).header("Authorization", "Bearer " + token)
                    .retrieve().toBodilessEntity().block(Duration.ofSeconds(30));
            return true;
        } catch (WebClientResponseException.NotFound e) {
            return false;
        }
    }

    /** Deletes what it saved, so the candidate's bank stays under its limit. */
    @Override
    public void close() throws InterruptedException {
        saving = false;
        saver.join(30_000);
        for (String id : savedAt.keySet()) {
            web.delete().uri("/api/stories/{id}", id).header("Authorization", "Bearer " + token)
                    .retrieve().toBodilessEntity().block(Duration.ofSeconds(30));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
