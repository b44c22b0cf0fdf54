package io.highbar.e2e;

import java.time.Duration;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * What a signed-in user's client does, through the gateway: calls carry {@code Authorization: Bearer}; the event
 * stream, like a browser's EventSource, carries only the sign-in cookie.
 */
final class GatewayClient {

    static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final WebClient web;
    private final WebClient cookieOnly;
    private final String token;

    /** Signed in as the local {@code candidate}. */
    GatewayClient(String baseUrl) {
        this(baseUrl, "candidate");
    }

    /** Signed in as a local account (password = username + {@code -local}). */
    GatewayClient(String baseUrl, String username) {
        this.cookieOnly = WebClient.builder().baseUrl(baseUrl)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(1024 * 1024)).build();
        this.token = cookieOnly.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", username + "-local"))
                .retrieve().bodyToMono(JSON).block(Duration.ofSeconds(20)).get("access_token").toString();
        this.web = cookieOnly.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
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
        return cookieOnly.get().uri("/api/sessions/{id}/events", sessionId).accept(MediaType.TEXT_EVENT_STREAM)
                .cookie("highbar_token", token).retrieve().bodyToFlux(SSE).filter(e -> e.event() != null);
    }

    WebClient web() {
        return web;
    }
}
