package io.highbar.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.highbar.infra.EmbeddedMongoServer;
import io.highbar.infra.SharedTestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/** The indicators readiness is built on: UP while the store answers, DOWN while it does not, UP again after. */
class StoreHealthTest {

    @Test
    void mongoIsDownWhileTheServerIsStoppedAndUpAgainAfter() {
        int port = SharedTestInfrastructure.freePort();
        EmbeddedMongoServer server = new EmbeddedMongoServer(port, null).start();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port + "/?serverSelectionTimeoutMS=1000")) {
            MongoPingHealthIndicator indicator = new MongoPingHealthIndicator(new ReactiveMongoTemplate(client, "h"));
            assertThat(indicator.health().block().getStatus()).isEqualTo(Status.UP);
            server.stop();
            assertThat(indicator.health().block().getStatus()).isEqualTo(Status.DOWN);
            server.start();
            assertThat(awaitUp(() -> indicator.health().block())).isEqualTo(Status.UP);
        } finally {
            server.stop();
        }
    }

    @Test
    void kafkaIsUpWhenTheBrokerAnswersAndDownWhenNothingListens() {
        KafkaHealthIndicator up = new KafkaHealthIndicator(new KafkaAdmin(Map.of("bootstrap.servers",
                SharedTestInfrastructure.kafkaBootstrapServers())));
        assertThat(up.health().getStatus()).isEqualTo(Status.UP);
        up.destroy();
        KafkaHealthIndicator down = new KafkaHealthIndicator(new KafkaAdmin(Map.of("bootstrap.servers",
                "localhost:" + SharedTestInfrastructure.freePort())));
        long started = System.nanoTime();
        assertThat(down.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat((System.nanoTime() - started) / 1_000_000).as("answers quickly, ms").isLessThan(5000);
        down.destroy();
    }

    private static Status awaitUp(java.util.function.Supplier<Health> health) {
        Status status = Status.UNKNOWN;
        for (int i = 0; i < 40 && !Status.UP.equals(status); i++) {
            status = health.get().getStatus();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return status;
    }
}
