package io.highbar.e2e.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * A candidate practising a DRILL: one session, its event stream open the whole time (reconnecting as a browser
 * does), answers submitted one after another, each only once the previous one is settled on the stream (the session
 * takes no answer while one is being evaluated). Refusals (503 and other errors) are counted and retried later.
 */
final class SimulatedCandidate implements AutoCloseable {

    /** An answer this candidate sent and got 202 for. */
    record Accepted(String answerId, String text, long atNanos) {
    }

    private final WebClient web;
    private final String token;
    private final String sessionId;
    private final String questionId;
    private final EventStreamReader stream;
    private final Map<String, Accepted> accepted = new LinkedHashMap<>();
    private int refused;
    private volatile String lastAccepted;

    SimulatedCandidate(WebClient web, String token, String competencyId, ScheduledExecutorService reconnects) {
        this.web = web;
        this.token = token;
        Map<?, ?> session = web.post().uri("/api/sessions").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("competencyId", competencyId, "mode", "DRILL"))
                .retrieve()
                // the problem's detail says which service refused and why, where the status alone does not
                .onStatus(HttpStatusCode::isError, response -> response.bodyToMono(String.class).defaultIfEmpty("")
                        .map(body -> new IllegalStateException("POST /api/sessions answered " + response.statusCode()
                                + ": " + body)))
                .bodyToMono(Map.class).block(Duration.ofSeconds(30));
        this.sessionId = session.get("id").toString();
        this.questionId = ((Map<?, ?>) session.get("currentQuestion")).get("id").toString();
        this.stream = new EventStreamReader(web, sessionId, token, reconnects);
    }

    /** True when the last accepted answer (and any answer the stream shows) has been evaluated or failed. */
    boolean idle() {
        List<EventStreamReader.Seen> seen = stream.seen();
        long submitted = seen.stream().filter(e -> e.type().equals("answer-submitted")).count();
        long settled = seen.stream().filter(e -> e.type().equals("answer-evaluated") || e.type().equals("answer-failed"))
                .map(EventStreamReader.Seen::answerId).distinct().count();
        boolean lastSeen = lastAccepted == null || seen.stream()
                .anyMatch(e -> e.type().equals("answer-submitted") && lastAccepted.equals(e.answerId()));
        return lastSeen && settled >= submitted;
    }

    /** Sends one answer; false if it was refused (the caller tries again later). */
    boolean submit(String text) {
        Mono<Map<String, Object>> call = web.post().uri("/api/sessions/{id}/answers", sessionId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", questionId, "text", text))
                .exchangeToMono(response -> response.statusCode().value() == 202
                        ? response.bodyToMono(GatewayJson.MAP)
                        : response.releaseBody().then(Mono.empty()));
        try {
            Map<String, Object> body = call.block(Duration.ofSeconds(30));
            if (body == null) {
                refused++;
                return false;
            }
            String answerId = body.get("answerId").toString();
            synchronized (this) {
                accepted.put(answerId, new Accepted(answerId, text, System.nanoTime()));
            }
            lastAccepted = answerId;
            return true;
        } catch (RuntimeException e) {
            refused++;
            return false;
        }
    }

    synchronized Map<String, Accepted> accepted() {
        return Map.copyOf(accepted);
    }

    int refused() {
        return refused;
    }

    EventStreamReader stream() {
        return stream;
    }

    String sessionId() {
        return sessionId;
    }

    @Override
    public void close() {
        stream.close();
    }
}
