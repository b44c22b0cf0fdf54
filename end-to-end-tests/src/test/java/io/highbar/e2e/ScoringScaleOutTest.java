package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

/**
 * Scaling the scorers while candidates keep answering: one instance's concurrency is changed, a second
 * instance joins the group and then leaves, all in the middle of a burst. Every answer must come back
 * evaluated exactly once as the candidates' streams show it.
 */
class ScoringScaleOutTest {

    private static final int ANSWERS = 40;

    @Test
    void everyAnswerIsEvaluatedExactlyOnceWhileWorkersAreRescaledAddedAndRemoved() throws Exception {
        Platform platform = Platform.embedded();
        GatewayClient client = new GatewayClient(platform.gatewayUrl());
        GatewayClient admin = new GatewayClient(platform.gatewayUrl(), "admin");
        List<String[]> sessions = new ArrayList<>();
        for (int i = 0; i < ANSWERS; i++) {
            Map<String, Object> session = client.createSession(AnswerJourneyTest.COMPETENCY);
            sessions.add(new String[] {session.get("id").toString(),
                    ((Map<?, ?>) session.get("currentQuestion")).get("id").toString()});
        }
        String firstWorker = selfInstanceId(admin);

        AtomicInteger submitted = new AtomicInteger();
        Map<String, String> answerBySession = new ConcurrentHashMap<>();
        ExecutorService candidates = Executors.newSingleThreadExecutor();
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> {
            for (String[] s : sessions) {
                answerBySession.put(s[0], client.submit(s[0], s[1], AnswerJourneyTest.STRONG_ANSWER));
                submitted.incrementAndGet();
                pause(150);
            }
        }, candidates);

        awaitSubmitted(submitted, 8);
        setConcurrency(admin, firstWorker, 4);
        awaitGroup(admin, 1, 4);
        awaitSubmitted(submitted, 16);
        String added = platform.addScoringWorker();
        awaitGroup(admin, 2, 6);
        awaitSubmitted(submitted, 28);
        platform.stop(added);
        awaitGroup(admin, 1, 4);
        burst.get();
        candidates.shutdown();

        for (String[] s : sessions) {
            Sinks.Empty<Void> settled = Sinks.empty();
            List<ServerSentEvent<String>> events = client.events(s[0])
                    .doOnNext(e -> {
                        if ("answer-evaluated".equals(e.event()) || "answer-failed".equals(e.event())) {
                            settled.tryEmitEmpty();
                        }
                    })
                    // the stream stays open: read a little longer to see any duplicate that would follow
                    .takeUntilOther(settled.asMono().then(Mono.delay(Duration.ofMillis(300))))
                    .timeout(Duration.ofSeconds(60)).collectList().block();
            assertThat(events).extracting(ServerSentEvent::event).as("session " + s[0])
                    .containsOnlyOnce("answer-evaluated").doesNotContain("answer-failed");
            assertThat(events).filteredOn(e -> "answer-evaluated".equals(e.event())).first()
                    .extracting(ServerSentEvent::data).asString().contains(answerBySession.get(s[0]));
            assertThat(events).filteredOn(e -> e.id() != null).extracting(e -> Long.parseLong(e.id()))
                    .isSorted().doesNotHaveDuplicates();
        }
        setConcurrency(admin, firstWorker, 2);
    }

    private static String selfInstanceId(GatewayClient client) {
        Map<?, ?> workers = client.web().get().uri("/api/admin/scoring/workers").retrieve().bodyToMono(Map.class)
                .block(Duration.ofSeconds(20));
        return ((Map<?, ?>) workers.get("self")).get("instanceId").toString();
    }

    /** Waits until the consumer group has {@code instances} instances with {@code threads} threads in all. */
    private static void awaitGroup(GatewayClient client, int instances, int threads) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<?, ?> workers = null;
        while (System.nanoTime() < deadline) {
            workers = client.web().get().uri("/api/admin/scoring/workers").retrieve().bodyToMono(Map.class)
                    .block(Duration.ofSeconds(20));
            if (((List<?>) workers.get("instances")).size() == instances
                    && ((Number) workers.get("totalThreads")).intValue() == threads) {
                return;
            }
            pause(250);
        }
        throw new AssertionError("scoring group never reached " + instances + " instance(s) with " + threads
                + " threads; last seen: " + workers);
    }

    private static void setConcurrency(GatewayClient client, String instanceId, int threads) {
        client.web().put().uri("/api/admin/scoring/instances/{id}/concurrency", instanceId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("threads", threads))
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(20));
    }

    private static void awaitSubmitted(AtomicInteger submitted, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (submitted.get() < count && System.nanoTime() < deadline) {
            pause(50);
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
