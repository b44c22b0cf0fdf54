package io.highbar.content.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class MongoPingHealthConfig {

    /**
     * Replaces Boot's Mongo health indicator (same bean name), which sends {@code hello}: the embedded
     * mongo-java-server does not know that command, so health would be DOWN on every local run and test.
     * {@code ping} is answered by it and by a real MongoDB alike.
     */
    @Bean
    ReactiveHealthIndicator mongoHealthContributor(ReactiveMongoTemplate mongo) {
        return () -> mongo.getMongoDatabase()
                .flatMap(database -> Mono.from(database.runCommand(new Document("ping", 1)))
                        .map(reply -> Health.up().withDetail("database", database.getName()).build()))
                .onErrorResume(error -> Mono.just(Health.down(error).build()));
    }
}
