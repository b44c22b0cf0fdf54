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
public final class Platform implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static Platform embedded;

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final String kafka;
    private final String label;
    private Map<String, String> common;
    private Map<String, String> trust;
    private int scoringWorkers = 1;
    /** What each service was started with, so that {@link #restart} can start it again the same way. */
    private final Map<String, List<Map<String, String>>> environments = new LinkedHashMap<>();
    private final Map<String, String> modules = new LinkedHashMap<>();
    /** Infrastructure run as processes (the restartable platform only), stopped after the services. */
    private final Map<String, Process> infrastructure = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> infrastructureEnv = new LinkedHashMap<>();

    /** Starts the four services ({@code workers} scoring-service processes) at once, then waits for all of them. */
    private Platform(String kafka, String mongoBaseUri, String label, int workers) {
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
        for (int i = 1; i < workers; i++) {
            startScoringWorker();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "platform-stop-" + label));
        for (String name : processes.keySet()) {
            awaitReady(name);
        }
        // a service that lost its port to another answers readiness through the winner, then exits
        processes.forEach((name, process) -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited after the platform was ready; see target/e2e-logs/");
            }
        });
    }

    /** One platform per test JVM on the embedded broker and wire server. */
    static synchronized Platform embedded() {
        if (embedded == null) {
            String mongo = SharedTestInfrastructure.mongoUri("x");
            embedded = new Platform(SharedTestInfrastructure.kafkaBootstrapServers(),
                    mongo.substring(0, mongo.lastIndexOf('/')), "embedded", 1);
        }
        return embedded;
    }

    static Platform on(String kafka, String mongoBaseUri, String label) {
        return new Platform(kafka, mongoBaseUri, label, 1);
    }

    /**
     * A platform whose Kafka broker and MongoDB wire server (file-backed, data under {@code dataDir}) are processes of
     * their own, started from the {@code ./highbar} infrastructure jar, so a test can stop and start each again on the
     * same port and data; with {@code scoringWorkers} scoring-service processes in one group.
     */
    public static Platform withRestartableInfrastructure(Path dataDir, int scoringWorkers, String label) {
        Map<String, String> kafkaEnv = Map.of("HIGHBAR_INFRA_COMPONENTS", "kafka",
                "HIGHBAR_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "KAFKA_PORT", Integer.toString(SharedTestInfrastructure.freePort()),
                "KAFKA_CONTROLLER_PORT", Integer.toString(SharedTestInfrastructure.freePort()));
        Map<String, String> mongoEnv = Map.of("HIGHBAR_INFRA_COMPONENTS", "mongodb",
                "HIGHBAR_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "MONGODB_PORT", Integer.toString(SharedTestInfrastructure.freePort()));
        Map<String, Process> started = new LinkedHashMap<>();
        started.put("kafka", startInfrastructure("kafka", label, kafkaEnv));
        started.put("mongodb", startInfrastructure("mongodb", label, mongoEnv));
        awaitPort(started.get("kafka"), "kafka", Integer.parseInt(kafkaEnv.get("KAFKA_PORT")));
        awaitPort(started.get("mongodb"), "mongodb", Integer.parseInt(mongoEnv.get("MONGODB_PORT")));
        Platform platform;
        try {
            platform = new Platform("localhost:" + kafkaEnv.get("KAFKA_PORT"),
                    "mongodb://localhost:" + mongoEnv.get("MONGODB_PORT"), label, scoringWorkers);
        } catch (RuntimeException e) {
            started.values().forEach(Process::destroyForcibly);
            throw e;
        }
        synchronized (platform) {
            platform.infrastructure.putAll(started);
            platform.infrastructureEnv.put("kafka", kafkaEnv);
            platform.infrastructureEnv.put("mongodb", mongoEnv);
        }
        return platform;
    }

    /** The names of the running service processes (e.g. {@code scoring-service}, {@code scoring-service-2}). */
    public synchronized List<String> serviceNames() {
        return List.copyOf(processes.keySet());
    }

    public String serviceUrl(String name) {
        return url(name);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is committed or closed. */
    public synchronized void kill(String name) throws InterruptedException {
        Process p = processes.remove(name);
        p.destroyForcibly();
        p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, then waits up to {@code patience} for the process to exit (SIGKILL after that).
     * @return how long it took to exit, or empty if it had to be killed
     */
    public synchronized java.util.Optional<Duration> terminate(String name, Duration patience) throws InterruptedException {
        Process p = processes.remove(name);
        long started = System.nanoTime();
        p.destroy();
        if (p.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            return java.util.Optional.of(Duration.ofNanos(System.nanoTime() - started));
        }
        p.destroyForcibly();
        p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        return java.util.Optional.empty();
    }

    /** Starts a stopped or killed service again on its port, as before, with {@code overrides} on its environment. */
    public synchronized void restart(String name, Map<String, String> overrides) {
        if (processes.containsKey(name)) {
            throw new IllegalStateException(name + " is still running");
        }
        List<Map<String, String>> env = new ArrayList<>(environments.get(name));
        env.add(overrides);
        start(name, modules.get(name), label, env.get(0), env.get(1), merged(env.subList(2, env.size())));
        awaitReady(name);
    }

    /** Starts it without waiting for readiness (e.g. while the broker is down). */
    public synchronized void startWithoutWaiting(String name, Map<String, String> overrides) {
        List<Map<String, String>> env = new ArrayList<>(environments.get(name));
        env.add(overrides);
        start(name, modules.get(name), label, env.get(0), env.get(1), merged(env.subList(2, env.size())));
    }

    public void awaitServiceReady(String name) {
        awaitReady(name);
    }

    /** Stops the broker ({@code kafka}) or the wire server ({@code mongodb}) with SIGTERM; its data stays. */
    public synchronized void stopInfrastructure(String name) throws InterruptedException {
        Process p = infrastructure.remove(name);
        p.destroy();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Starts it again on the same port and data directory, and waits until it listens. */
    public synchronized void startInfrastructure(String name) {
        Map<String, String> env = infrastructureEnv.get(name);
        Process p = startInfrastructure(name, label, env);
        infrastructure.put(name, p);
        awaitPort(p, name, Integer.parseInt(env.get(name.equals("kafka") ? "KAFKA_PORT" : "MONGODB_PORT")));
    }

    private static Map<String, String> merged(List<Map<String, String>> maps) {
        Map<String, String> merged = new LinkedHashMap<>();
        maps.forEach(merged::putAll);
        return merged;
    }

    private static Process startInfrastructure(String name, String label, Map<String, String> env) {
        Path root = Path.of(System.getProperty("highbar.root", ".."));
        Path jar = root.resolve("embedded-infra").resolve("target")
                .resolve("embedded-infra-" + System.getProperty("highbar.version") + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw verify from the repository root");
        }
        Path logs = Path.of("target", "e2e-logs");
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(logs.toFile(), name + "-" + label + ".log")));
            builder.environment().putAll(env);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private static void awaitPort(Process process, String name, int port) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see target/e2e-logs/");
            }
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                return;
            } catch (IOException e) {
                sleep(200);
            }
        }
        throw new IllegalStateException(name + " not listening on " + port + " in " + START_TIMEOUT);
    }

    public String gatewayUrl() {
        return url("gateway");
    }

    public String kafkaBootstrapServers() {
        return kafka;
    }

    private String url(String name) {
        return "http://localhost:" + ports.get(name);
    }

    private String port(String name) {
        return Integer.toString(ports.get(name));
    }

    /** Starts one more scoring-service process in the same consumer group and waits until it is ready. */
    public synchronized String addScoringWorker() {
        String name = startScoringWorker();
        awaitReady(name);
        return name;
    }

    private String startScoringWorker() {
        String name = "scoring-service-" + (++scoringWorkers);
        ports.put(name, SharedTestInfrastructure.freePort());
        start(name, "scoring-service", label, common, trust, Map.of("SCORING_SERVICE_PORT", port(name)));
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
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(logs.toFile(), name + "-" + label + ".log")));
        builder.environment().putAll(common);
        builder.environment().putAll(auth);
        builder.environment().putAll(own);
        environments.putIfAbsent(name, List.of(common, auth, own));
        modules.putIfAbsent(name, module);
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
        infrastructure.values().forEach(Process::destroy);
        for (Process p : infrastructure.values()) {
            try {
                if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        infrastructure.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
