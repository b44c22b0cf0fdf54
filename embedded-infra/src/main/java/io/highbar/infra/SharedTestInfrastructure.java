package io.highbar.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * One Kafka broker and one MongoDB wire server per test JVM, started on first use on free ports and stopped when the
 * JVM exits. Spring tests point at them with {@code @DynamicPropertySource}. The wire server keeps its documents in a
 * file store, as the local run does, so the tests exercise the store the platform runs on (its secondary indexes and
 * its update path), not the stock in-memory one.
 */
public final class SharedTestInfrastructure {

    private static EmbeddedKafkaBroker kafka;
    private static EmbeddedMongoServer mongo;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

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

    /**
     * A port free now and not handed out before by this JVM. A test platform takes several ports before any of its
     * processes binds one, and the kernel may offer a port again once its probe socket is closed: two services given
     * the same port leave one of them answering for both, which shows up far from the cause (one service's requests
     * reach another and get its 404).
     */
    public static synchronized int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no port free that this JVM has not handed out already");
    }
}
