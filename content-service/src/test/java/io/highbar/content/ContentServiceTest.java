package io.highbar.content;

import io.highbar.infra.SharedTestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
    }
}
