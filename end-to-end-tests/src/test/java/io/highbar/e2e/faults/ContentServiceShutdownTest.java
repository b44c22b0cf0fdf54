package io.highbar.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.highbar.infra.SharedTestInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * The content-service bug "ignores SIGTERM once the broker is gone": while Kafka was unreachable, its start-up
 * topic set-up (KafkaAdmin: 30 s operation timeout, then 10 s to close its client) held the context refresh, and
 * the shutdown hook waits for the refresh, so SIGTERM took 36 s or more to act (measured) and `./highbar down`, an
 * orchestrator or the test platform killed it instead. Now each step is bounded (admin 10 s + 2 s, producer send
 * 10 s, producer close 5 s, shutdown phase 10 s).
 */
class ContentServiceShutdownTest {

    private static final Duration BOUND = Duration.ofSeconds(25);

    @Test
    void contentServiceStopsWithinTwentyFiveSecondsOfSigtermWhileTheBrokerIsUnreachable() throws Exception {
        Path root = Path.of(System.getProperty("highbar.root", ".."));
        String version = System.getProperty("highbar.version");
        Path logs = Path.of("target", "e2e-logs");
        Files.createDirectories(logs);
        Path data = Files.createTempDirectory(Path.of("target"), "content-shutdown-");
        int mongoPort = SharedTestInfrastructure.freePort();
        int nobodyListens = SharedTestInfrastructure.freePort();
        Process mongo = java(root.resolve("embedded-infra/target/embedded-infra-" + version + "-exec.jar"),
                Map.of("HIGHBAR_INFRA_COMPONENTS", "mongodb", "HIGHBAR_DATA_DIR", data.toAbsolutePath().toString(),
                        "MONGODB_PORT", Integer.toString(mongoPort)), logs.resolve("mongodb-content-shutdown.log"));
        Path log = logs.resolve("content-service-shutdown.log");
        Process content = null;
        try {
            content = java(root.resolve("content-service/target/content-service-" + version + ".jar"), Map.of(
                    "CONTENT_SERVICE_PORT", Integer.toString(SharedTestInfrastructure.freePort()),
                    "MONGODB_URI", "mongodb://localhost:" + mongoPort + "/highbar-content",
                    "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + nobodyListens), log);
            // SIGTERM while it waits for the unreachable broker to set up its topics
            awaitLogLine(content, log, "KafkaAdmin", "AdminClientConfig values", Duration.ofSeconds(120));
            Thread.sleep(2000);
            long sent = System.nanoTime();
            content.destroy();
            boolean exited = content.waitFor(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            assertThat(exited).as("content-service exited within " + BOUND + " of SIGTERM (log: " + log + ")").isTrue();
            System.out.println("content-service exited " + took.toMillis() + " ms after SIGTERM with the broker unreachable");
        } finally {
            if (content != null) {
                content.destroyForcibly();
            }
            mongo.destroy();
            mongo.waitFor(15, TimeUnit.SECONDS);
        }
    }

    /** Waits for the second line containing {@code text} (the first is the health check's admin client). */
    private static void awaitLogLine(Process process, Path log, String what, String text, Duration patience)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("content-service exited early; see " + log);
            }
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                if (lines.stream().filter(l -> l.contains(text)).count() >= 2) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(what + " never started; see " + log);
    }

    private static Process java(Path jar, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(new File(log.toString())));
        builder.environment().putAll(env);
        return builder.start();
    }
}
