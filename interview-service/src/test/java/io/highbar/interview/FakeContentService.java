package io.highbar.interview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for content-service at the HTTP boundary in interview-service's component tests: serves the questions
 * and the card (signals, rubric weights, follow-ups) of two competencies, 404 for any other, and the list of both (with
 * {@code company}, only the first). The real service is
 * used end to end.
 */
final class FakeContentService {

    static final String COMPETENCY = "insist-on-highest-standards";
    static final String QUESTION_ID = COMPETENCY + ".direct.1";
    static final String QUESTION_TEXT = "Describe a situation where you pushed back on low-quality work.";
    static final String OTHER_COMPETENCY = "ownership";

    /** Per competency: signal keys (rubric weight), and the dimension each follow-up targets, in card order. */
    static final Map<String, List<String>> SIGNALS = Map.of(
            COMPETENCY, List.of("initiative", "pushback", "personal_actions", "quantified_impact", "tradeoffs"),
            OTHER_COMPETENCY, List.of("beyond_scope", "end_to_end", "long_term_thinking", "accountability"));
    static final Map<String, List<String>> FOLLOW_UP_TARGETS = Map.of(
            COMPETENCY, List.of("tradeoffs", "personal_actions", "quantified_impact", "tradeoffs"),
            OTHER_COMPETENCY, List.of("beyond_scope", "end_to_end", "accountability"));
    /** The heavier signal wins a tie in follow-up choice. */
    static final Map<String, Double> WEIGHTS = Map.of("quantified_impact", 1.5, "pushback", 1.2);

    private static HttpServer server;

    private FakeContentService() {
    }

    static String followUpQuestion(String competencyId, int index) {
        return "Follow-up " + (index + 1) + " of " + competencyId + " on " + FOLLOW_UP_TARGETS.get(competencyId).get(index) + "?";
    }

    static String questionId(String competencyId, int n) {
        return competencyId + ".direct." + n;
    }

    static synchronized String baseUrl() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/competencies", exchange -> {
                // the list; the company filter keeps only the competency the fake's lens stresses
                String query = exchange.getRequestURI().getQuery();
                String body = query != null && query.contains("company=") ? "[" + summary(COMPETENCY) + "]"
                        : "[" + summary(COMPETENCY) + "," + summary(OTHER_COMPETENCY) + "]";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.createContext("/api/competencies/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = null;
                for (String competency : SIGNALS.keySet()) {
                    if (path.equals("/api/competencies/" + competency + "/questions")) {
                        body = questions(competency);
                    } else if (path.equals("/api/competencies/" + competency)) {
                        body = card(competency);
                    }
                }
                byte[] bytes = (body != null ? body : "{\"status\":404}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(body != null ? 200 : 404, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
        }
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static String summary(String competency) {
        return "{\"id\":\"" + competency + "\",\"name\":\"Name of " + competency + "\"}";
    }

    private static String questions(String competency) {
        StringBuilder json = new StringBuilder("[");
        for (int n = 1; n <= 4; n++) {
            String text = competency.equals(COMPETENCY) && n == 1 ? QUESTION_TEXT
                    : "Question " + n + " about " + competency + ".";
            json.append(n > 1 ? "," : "").append("{\"id\":\"").append(questionId(competency, n))
                    .append("\",\"competencyId\":\"").append(competency)
                    .append("\",\"kind\":\"direct\",\"text\":\"").append(text).append("\",\"targets\":null}");
        }
        return json.append("]").toString();
    }

    private static String card(String competency) {
        StringBuilder signals = new StringBuilder();
        StringBuilder rubric = new StringBuilder();
        for (String key : SIGNALS.get(competency)) {
            signals.append(signals.isEmpty() ? "" : ",").append("{\"key\":\"").append(key)
                    .append("\",\"title\":\"Title of ").append(key).append("\",\"description\":\"...\"}");
            rubric.append(rubric.isEmpty() ? "" : ",").append("\"").append(key).append("\":{\"detector\":\"CUES\","
                    + "\"weight\":").append(WEIGHTS.getOrDefault(key, 1.0)).append(",\"cues\":[]}");
        }
        StringBuilder followUps = new StringBuilder();
        List<String> targets = FOLLOW_UP_TARGETS.get(competency);
        for (int i = 0; i < targets.size(); i++) {
            followUps.append(i > 0 ? "," : "").append("{\"question\":\"").append(followUpQuestion(competency, i))
                    .append("\",\"probes\":\"whether ").append(targets.get(i)).append("\",\"targets\":\"")
                    .append(targets.get(i)).append("\",\"weakAnswer\":\"w\"}");
        }
        return "{\"id\":\"" + competency + "\",\"name\":\"" + competency + "\",\"signals\":[" + signals
                + "],\"followUps\":[" + followUps + "],\"rubric\":{\"version\":1,\"signals\":{" + rubric + "}}}";
    }
}
