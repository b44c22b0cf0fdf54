package io.highbar.scoring;

import io.highbar.infra.SharedTestInfrastructure;
import io.highbar.infra.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** scoring-service against the test JVM's real Kafka broker; one Spring context for all component tests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class ScoringServiceTestBase {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("logging.level.org.apache.kafka", () -> "WARN");
        registry.add("logging.level.kafka", () -> "WARN");
        registry.add("highbar.auth.jwks-uri", () -> TestIssuer.shared().jwksUri());
        registry.add("highbar.auth.issuer", () -> TestIssuer.shared().issuer());
    }
}
