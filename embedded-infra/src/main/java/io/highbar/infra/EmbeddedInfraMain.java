package io.highbar.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the local run's infrastructure: a Kafka broker and a file-backed MongoDB wire server,
 * with their data under {@code HIGHBAR_DATA_DIR} (default {@code ./var/data}), until the process is stopped.
 * {@code HIGHBAR_INFRA_COMPONENTS} ({@code kafka}, {@code mongodb}, or both, the default) starts only some of them,
 * so that the fault tests can stop and restart the broker and the wire server separately, each on its own port and data.
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

        Set<String> components = components(env("HIGHBAR_INFRA_COMPONENTS", "kafka,mongodb"));

        EmbeddedMongoServer mongo = null;
        if (components.contains("mongodb")) {
            mongo = new EmbeddedMongoServer(mongoPort, dataDir.resolve("mongo.mv")).start();
            log.info("MongoDB wire server listening on {}", mongo.connectionString("highbar"));
        }
        EmbeddedKafkaBroker kafka = null;
        if (components.contains("kafka")) {
            kafka = new EmbeddedKafkaBroker(kafkaPort, controllerPort, dataDir.resolve("kafka")).start();
            log.info("Kafka broker (KRaft) listening on {}", kafka.bootstrapServers());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedKafkaBroker startedKafka = kafka;
        EmbeddedMongoServer startedMongo = mongo;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping {}", components);
            if (startedKafka != null) {
                startedKafka.stop();
            }
            if (startedMongo != null) {
                startedMongo.stop();
            }
            stopped.countDown();
        }, "embedded-infra-shutdown"));
        System.out.println("HIGHBAR_INFRA_READY"
                + (kafka == null ? "" : " kafka=" + kafka.bootstrapServers())
                + (mongo == null ? "" : " mongodb=" + mongo.connectionString("highbar")));
        stopped.await();
    }

    private static Set<String> components(String list) {
        Set<String> components = new TreeSet<>();
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!name.equals("kafka") && !name.equals("mongodb")) {
                throw new IllegalArgumentException("HIGHBAR_INFRA_COMPONENTS: unknown component '" + part
                        + "'; use kafka, mongodb or kafka,mongodb");
            }
            components.add(name);
        }
        return components;
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
