package io.highbar.e2e;

import java.time.Duration;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** What a candidate's client does, through the gateway. */
final class GatewayClient {

    static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebClient web;

    GatewayClient(String baseUrl) {
        this.web = WebClient.builder().baseUrl(baseUrl)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(1024 * 1024)).build();
    }

    Map<String, Object> createSession(String competencyId) {
        return web.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("competencyId", competencyId, "mode", "DRILL"))
                .retrieve().bodyToMono(JSON).block(Duration.ofSeconds(20));
    }

    String submit(String sessionId, String questionId, String text) {
        return web.post().uri("/api/sessions/{id}/answers", sessionId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", questionId, "text", text))
                .retrieve().bodyToMono(JSON).block(Duration.ofSeconds(20)).get("answerId").toString();
    }

    Map<String, Object> session(String sessionId) {
        return web.get().uri("/api/sessions/{id}", sessionId).retrieve().bodyToMono(JSON).block(Duration.ofSeconds(20));
    }

    Flux<ServerSentEvent<String>> events(String sessionId) {
        return web.get().uri("/api/sessions/{id}/events", sessionId).accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve().bodyToFlux(SSE).filter(e -> e.event() != null);
    }

    WebClient web() {
        return web;
    }
}
