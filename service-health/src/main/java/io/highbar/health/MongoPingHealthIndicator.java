package io.highbar.health;

import java.time.Duration;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * MongoDB is reachable if it answers {@code ping}. Boot's own indicator sends {@code hello}, which the embedded
 * mongo-java-server does not know, so it would report DOWN on every local run; {@code ping} works on both.
 */
public class MongoPingHealthIndicator implements ReactiveHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final ReactiveMongoTemplate mongo;

    public MongoPingHealthIndicator(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Health> health() {
        return mongo.getMongoDatabase()
                .flatMap(database -> Mono.from(database.runCommand(new Document("ping", 1)))
                        .map(reply -> Health.up().withDetail("database", database.getName()).build()))
                .timeout(TIMEOUT)
                .onErrorResume(error -> Mono.just(Health.down().withDetail("error", error.toString()).build()));
    }
}
