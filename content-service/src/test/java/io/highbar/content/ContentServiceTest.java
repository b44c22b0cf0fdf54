package io.highbar.content;

import io.highbar.infra.SharedTestInfrastructure;
import io.highbar.infra.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one Spring context of the component tests (the context cache shares it across subclasses): the whole
 * service over HTTP, the fixture cards, and the JVM's shared Kafka broker and MongoDB wire server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "highbar.content.cards-location=" + TestCards.LOCATION)
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class ContentServiceTest {

    @Autowired
    protected WebTestClient web;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedTestInfrastructure.mongoUri("content-test"));
        registry.add("highbar.auth.jwks-uri", () -> TestIssuer.shared().jwksUri());
        registry.add("highbar.auth.issuer", () -> TestIssuer.shared().issuer());
    }

    /** Calls are made as an admin unless a test sends its own {@code Authorization}. */
    @BeforeEach
    void signInAsAdmin() {
        web = web.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, bearer("admin", "ADMIN")).build();
    }

    protected static String bearer(String subject, String... roles) {
        return "Bearer " + TestIssuer.shared().token(subject, roles);
    }

    /** A client without the default admin token, for requests that set their own (one Authorization header only). */
    protected WebTestClient withoutToken() {
        return web.mutate().defaultHeaders(h -> h.remove(HttpHeaders.AUTHORIZATION)).build();
    }
}
