package io.highbar.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One Kafka broker and one in-memory MongoDB wire server per test JVM, started on first use on free ports
 * and stopped when the JVM exits. Spring tests point at them with {@code @DynamicPropertySource}.
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
            mongo = new EmbeddedMongoServer(freePort(), null).start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::stop, "test-mongo-stop"));
        }
        return mongo.connectionString(database);
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
