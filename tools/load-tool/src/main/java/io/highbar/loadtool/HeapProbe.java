package io.highbar.loadtool;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;

import tools.jackson.databind.JsonNode;

/**
 * Reads interview-service's heap from its actuator ({@code jvm.memory.used}, area heap), if reachable; the
 * actuator's metrics need a signed-in token, so the probe sends one when it has it.
 */
public final class HeapProbe {

    private final HttpClient http;
    private final URI uri;
    private final String token;
    private volatile String problem;

    public HeapProbe(HttpClient http, URI uri, String token) {
        this.http = http;
        this.uri = uri;
        this.token = token;
    }

    /** Bytes of heap in use, or empty (then {@link #problem()} says why). */
    public OptionalDouble read() {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                problem = "HTTP " + response.statusCode();
                return OptionalDouble.empty();
            }
            return parse(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        } catch (Exception e) {
            problem = e.getClass().getSimpleName();
            return OptionalDouble.empty();
        }
    }

    public String problem() {
        return problem;
    }

    /** {@code {"measurements":[{"statistic":"VALUE","value":1.23E8}]}} → 1.23E8. */
    static OptionalDouble parse(String json) {
        JsonNode root = Gateway.JSON.readTree(json);
        for (JsonNode m : root.path("measurements")) {
            if ("VALUE".equals(m.path("statistic").asString(null)) && m.path("value").isNumber()) {
                return OptionalDouble.of(m.path("value").asDouble());
            }
        }
        return OptionalDouble.empty();
    }

    static String mb(OptionalDouble bytes) {
        return bytes.isPresent() ? String.format(java.util.Locale.ROOT, "%.0f MB", bytes.getAsDouble() / 1048576)
                : "n/a";
    }
}
