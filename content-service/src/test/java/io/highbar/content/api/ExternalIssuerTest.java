package io.highbar.content.api;

import io.highbar.content.TestCards;
import io.highbar.infra.SharedTestInfrastructure;
import io.highbar.infra.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Switching issuers is configuration alone: pointed at another issuer's JWKS and {@code iss} (as production points
 * at an OIDC provider), the service accepts that issuer's tokens and refuses the ones it trusted before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "highbar.content.cards-location=" + TestCards.LOCATION)
@AutoConfigureWebTestClient
class ExternalIssuerTest {

    static final TestIssuer EXTERNAL = TestIssuer.start();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void trustTheExternalIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedTestInfrastructure.mongoUri("content-external-issuer-test"));
        registry.add("highbar.auth.jwks-uri", EXTERNAL::jwksUri);
        registry.add("highbar.auth.issuer", EXTERNAL::issuer);
    }

    @AfterAll
    static void stop() {
        EXTERNAL.close();
    }

    @Test
    void theConfiguredIssuersTokensAreAcceptedAndNoOneElses() {
        web.get().uri("/api/competencies").header(HttpHeaders.AUTHORIZATION, "Bearer " + EXTERNAL.token("ext-user", "CANDIDATE"))
                .exchange().expectStatus().isOk();
        web.get().uri("/api/competencies")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestIssuer.shared().token("ext-user", "CANDIDATE"))
                .exchange().expectStatus().isUnauthorized();
    }
}
