package io.highbar.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One Kafka broker and one MongoDB wire server per test JVM, started on first use on free ports and stopped when the
 * JVM exits. Spring tests point at them with {@code @DynamicPropertySource}. The wire server keeps its documents in a
 * file store, as the local run does, so the tests exercise the store the platform runs on (its secondary indexes and
 * its update path), not the stock in-memory one.
 */
public final class SharedTestInfrastructure {

    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedMongoServer mongo;

    private SharedTestInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            try {
                Path dir = Files.createTempDirectory("highbar-kafka-test");
                kafka = new EmbeddedKafkaBroker(freePort(), freePort(), dir).start();
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "test-kafka-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kafka.bootstrapServers();
    }

    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            try {
                Path store = Files.createTempDirectory("highbar-mongo-test").resolve("store.mv");
                mongo = new EmbeddedMongoServer(freePort(), store).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    mongo.stop();
                    deleteQuietly(store);
                    deleteQuietly(store.getParent());
                }, "test-mongo-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mongo.connectionString(database);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file left behind
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
