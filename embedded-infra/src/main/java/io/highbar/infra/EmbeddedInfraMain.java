package io.highbar.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the local run's infrastructure: a Kafka broker and a file-backed MongoDB wire server,
 * with their data under {@code HIGHBAR_DATA_DIR} (default {@code ./var/data}), until the process is stopped.
 */
public final class EmbeddedInfraMain {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfraMain.class);

    private EmbeddedInfraMain() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        Path dataDir = Path.of(env("HIGHBAR_DATA_DIR", "var/data"));
        Files.createDirectories(dataDir);
        int kafkaPort = Integer.parseInt(env("KAFKA_PORT", "9092"));
        int controllerPort = Integer.parseInt(env("KAFKA_CONTROLLER_PORT", "9093"));
        int mongoPort = Integer.parseInt(env("MONGODB_PORT", "27017"));

        EmbeddedMongoServer mongo = new EmbeddedMongoServer(mongoPort, dataDir.resolve("mongo.mv")).start();
        log.info("MongoDB wire server listening on {}", mongo.connectionString("highbar"));
        EmbeddedKafkaBroker kafka = new EmbeddedKafkaBroker(kafkaPort, controllerPort, dataDir.resolve("kafka")).start();
        log.info("Kafka broker (KRaft) listening on {}", kafka.bootstrapServers());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping Kafka broker and MongoDB wire server");
            kafka.stop();
            mongo.stop();
            stopped.countDown();
        }, "embedded-infra-shutdown"));
        System.out.println("HIGHBAR_INFRA_READY kafka=" + kafka.bootstrapServers() + " mongodb=" + mongo.connectionString("highbar"));
        stopped.await();
    }

    private static void quietLogging() {
        ch.qos.logback.classic.LoggerContext context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        context.getLogger("io.highbar").setLevel(ch.qos.logback.classic.Level.INFO);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
