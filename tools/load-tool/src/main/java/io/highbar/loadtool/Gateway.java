package io.highbar.loadtool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's HTTP API as a simulated candidate uses it, through the gateway. */
public final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    /** A failed call; {@code kind} (e.g. {@code submit:HTTP 409}) is what the report counts. */
    public static final class CallFailed extends Exception {
        private final String kind;
        private final int status;

        CallFailed(String kind, int status, String detail) {
            super(kind + (detail == null ? "" : ": " + detail));
            this.kind = kind;
            this.status = status;
        }

        public String kind() {
            return kind;
        }

        public int status() {
            return status;
        }
    }

    /** The outcome of signing in: a token, or none because the platform has no sign-in (404). */
    public record SignIn(String token, boolean supported) {
    }

    public record CreatedSession(String id, String questionId) {
    }

    private final URI base;
    private final HttpClient http;

    public Gateway(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public HttpClient http() {
        return http;
    }

    public URI base() {
        return base;
    }

    public SignIn signIn(String username, String password) throws CallFailed {
        HttpResponse<String> response = post("signin", "/api/auth/token", null,
                Map.of("username", username, "password", password));
        if (response.statusCode() == 404) {
            return new SignIn(null, false);
        }
        JsonNode body = expect("signin", response, 200);
        String token = body.path("access_token").asString(null);
        if (token == null || token.isBlank()) {
            throw new CallFailed("signin:no access_token", response.statusCode(), null);
        }
        return new SignIn(token, true);
    }

    public CreatedSession createSession(String competencyId, String token) throws CallFailed {
        JsonNode body = expect("create-session", post("create-session", "/api/sessions", token,
                Map.of("competencyId", competencyId, "mode", "DRILL")), 201, 200);
        String id = body.path("id").asString(null);
        String questionId = body.path("currentQuestion").path("id").asString(null);
        if (id == null || questionId == null) {
            throw new CallFailed("create-session:unexpected body", 201, null);
        }
        return new CreatedSession(id, questionId);
    }

    /** Submits an answer; returns the answer id of the {@code 202}. */
    public String submit(String sessionId, String questionId, String text, String token) throws CallFailed {
        JsonNode body = expect("submit", post("submit", "/api/sessions/" + sessionId + "/answers", token,
                Map.of("questionId", questionId, "text", text)), 202);
        String answerId = body.path("answerId").asString(null);
        if (answerId == null) {
            throw new CallFailed("submit:no answerId", 202, null);
        }
        return answerId;
    }

    public URI eventsUri(String sessionId) {
        return base.resolve("/api/sessions/" + sessionId + "/events");
    }

    private HttpResponse<String> post(String what, String path, String token, Map<String, String> body)
            throws CallFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CallFailed(what + ":" + e.getClass().getSimpleName(), 0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailed(what + ":interrupted", 0, null);
        }
    }

    private static JsonNode expect(String what, HttpResponse<String> response, int... statuses) throws CallFailed {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                try {
                    return JSON.readTree(response.body());
                } catch (RuntimeException e) {
                    throw new CallFailed(what + ":bad JSON", status, null);
                }
            }
        }
        String body = response.body();
        throw new CallFailed(what + ":HTTP " + response.statusCode(), response.statusCode(),
                body == null ? null : body.substring(0, Math.min(200, body.length())));
    }
}
