package io.highbar.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same journey and the same service jars against real Apache Kafka and real MongoDB (a replica set),
 * where a Docker engine exists; skipped cleanly where none does.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealInfrastructureJourneyTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    private static Platform platform;

    @BeforeAll
    static void startPlatform() {
        String replicaSet = MONGO.getReplicaSetUrl();
        platform = Platform.on(KAFKA.getBootstrapServers(), replicaSet.substring(0, replicaSet.lastIndexOf('/')),
                "containers");
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anAnswerComesBackEvaluatedOnRealKafkaAndMongoDb() {
        AnswerJourneyTest.runJourney(new GatewayClient(platform.gatewayUrl()));
    }
}
