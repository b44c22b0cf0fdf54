package io.highbar.interview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for content-service at the HTTP boundary in interview-service's component tests:
 * serves the questions of one competency, 404 for any other. The real service is used end to end.
 */
final class FakeContentService {

    static final String COMPETENCY = "insist-on-highest-standards";
    static final String QUESTION_ID = COMPETENCY + ".direct.1";
    static final String QUESTION_TEXT = "Describe a situation where you pushed back on low-quality work.";

    private static HttpServer server;

    private FakeContentService() {
    }

    static synchronized String baseUrl() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/competencies/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                boolean known = path.equals("/api/competencies/" + COMPETENCY + "/questions");
                byte[] body = (known
                        ? "[{\"id\":\"" + QUESTION_ID + "\",\"competencyId\":\"" + COMPETENCY
                          + "\",\"kind\":\"direct\",\"text\":\"" + QUESTION_TEXT + "\",\"targets\":null}]"
                        : "{\"status\":404}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(known ? 200 : 404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }
        return "http://localhost:" + server.getAddress().getPort();
    }
}
