package io.highbar.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.infra.SharedTestInfrastructure;

/**
 * The four services as separate processes started from their jars, the way {@code ./highbar up} runs them,
 * against a given Kafka broker and MongoDB server. Logs go to {@code target/e2e-logs/}.
 */
final class Platform implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static Platform embedded;

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final String kafka;
    private final String label;
    private Map<String, String> common;
    private Map<String, String> trust;
    private int scoringWorkers = 1;

    private Platform(String kafka, String mongoBaseUri, String label) {
        this.kafka = kafka;
        this.label = label;
        for (String name : List.of("content-service", "scoring-service", "interview-service", "gateway")) {
            ports.put(name, SharedTestInfrastructure.freePort());
        }
        common = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "CONTENT_SERVICE_URL", url("content-service"),
                "INTERVIEW_SERVICE_URL", url("interview-service"),
                "SCORING_SERVICE_URL", url("scoring-service"));
        // the services trust the gateway's sign-in by configuration, as they would an external OIDC issuer
        trust = Map.of(
                "HIGHBAR_JWKS_URI", url("gateway") + "/.well-known/jwks.json",
                "HIGHBAR_TOKEN_ISSUER", url("gateway"));
        start("content-service", "content-service", label, common, trust, Map.of("CONTENT_SERVICE_PORT", port("content-service"),
                "MONGODB_URI", mongoBaseUri + "/highbar-content"));
        start("scoring-service", "scoring-service", label, common, trust, Map.of("SCORING_SERVICE_PORT", port("scoring-service")));
        // the tests play many candidates with the few local accounts: per-user limits are raised for them
        start("interview-service", "interview-service", label, common, trust, Map.of("INTERVIEW_SERVICE_PORT", port("interview-service"),
                "ANSWER_RATE_LIMIT", "10000", "STREAMS_PER_USER", "1000",
                "MONGODB_URI", mongoBaseUri + "/highbar-interview"));
        start("gateway", "gateway", label, common, Map.of("HIGHBAR_TOKEN_ISSUER", url("gateway"),
                "HIGHBAR_LOCAL_ACCOUNTS_ENABLED", "true"), Map.of("GATEWAY_PORT", port("gateway")));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "platform-stop-" + label));
        for (String name : processes.keySet()) {
            awaitReady(name);
        }
    }

    /** One platform per test JVM on the embedded broker and wire server. */
    static synchronized Platform embedded() {
        if (embedded == null) {
            String mongo = SharedTestInfrastructure.mongoUri("x");
            embedded = new Platform(SharedTestInfrastructure.kafkaBootstrapServers(),
                    mongo.substring(0, mongo.lastIndexOf('/')), "embedded");
        }
        return embedded;
    }

    static Platform on(String kafka, String mongoBaseUri, String label) {
        return new Platform(kafka, mongoBaseUri, label);
    }

    String gatewayUrl() {
        return url("gateway");
    }

    String kafkaBootstrapServers() {
        return kafka;
    }

    private String url(String name) {
        return "http://localhost:" + ports.get(name);
    }

    private String port(String name) {
        return Integer.toString(ports.get(name));
    }

    /** Starts one more scoring-service process in the same consumer group and waits until it is ready. */
    synchronized String addScoringWorker() {
        String name = "scoring-service-" + (++scoringWorkers);
        ports.put(name, SharedTestInfrastructure.freePort());
        start(name, "scoring-service", label, common, trust, Map.of("SCORING_SERVICE_PORT", port(name)));
        awaitReady(name);
        return name;
    }

    /** SIGTERM, as `./highbar down` or an orchestrator would: the process finishes in-flight work and leaves. */
    synchronized void stop(String name) throws InterruptedException {
        Process p = processes.remove(name);
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(name + " did not stop within 30 s of SIGTERM");
        }
    }

    private void start(String name, String module, String label, Map<String, String> common, Map<String, String> auth,
                       Map<String, String> own) {
        Path root = Path.of(System.getProperty("highbar.root", ".."));
        String version = System.getProperty("highbar.version");
        Path jar = root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw verify from the repository root");
        }
        Path logs = Path.of("target", "e2e-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File(logs.toFile(), name + "-" + label + ".log"));
        builder.environment().putAll(common);
        builder.environment().putAll(auth);
        builder.environment().putAll(own);
        try {
            processes.put(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void awaitReady(String name) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!processes.get(name).isAlive()) {
                throw new IllegalStateException(name + " exited; see target/e2e-logs/");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                                URI.create(url(name) + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready in " + START_TIMEOUT + "; see target/e2e-logs/");
    }

    /**
     * SIGTERM to every process at once, then SIGKILL to whatever is still running after 15 s: the test JVM's broker
     * may already be stopping, and surefire kills a JVM whose shutdown takes longer than 30 s, orphaning its children.
     */
    @Override
    public synchronized void close() {
        processes.values().forEach(Process::destroy);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        for (Process p : processes.values()) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!p.waitFor(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        processes.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
