package io.highbar.interview.session;

import java.time.Clock;
import java.time.Instant;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One small document per session that may hold unpublished outbox entries, so the relay's sweep reads a few marks
 * instead of every session. A mark is written before the session write that adds an entry and removed once a
 * stored revision has none left. {@code upTo} is the highest revision any writer marked for; a mark is removed only
 * if no writer marked a newer revision, so a submission racing with the removal keeps its mark. {@code since} is
 * when the mark was first set, so the sweep leaves young marks (their answers are being evaluated) alone.
 */
@Component
public class OutboxMarks {

    static final String COLLECTION = "outbox_marks";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public OutboxMarks(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public record Mark(String sessionId, long upTo) {
    }

    /** Marks the session for the revision about to be written (never lowers a newer writer's mark). */
    Mono<Void> mark(String sessionId, long revision) {
        return collection().flatMap(c -> Mono.from(c.updateOne(Filters.eq("_id", sessionId),
                Updates.combine(Updates.max("upTo", revision), Updates.min("since", clock.millis())),
                new UpdateOptions().upsert(true)))).then();
    }

    /** Removes the mark if no writer marked a revision newer than {@code revision}, which holds no entries. */
    Mono<Void> clear(String sessionId, long revision) {
        return collection().flatMap(c -> Mono.from(c.deleteOne(Filters.and(Filters.eq("_id", sessionId),
                Filters.lte("upTo", revision))))).then();
    }

    /** Marks first set before {@code cutoff}. */
    Flux<Mark> markedBefore(Instant cutoff) {
        return collection().flatMapMany(c -> c.find(Filters.not(Filters.gte("since", cutoff.toEpochMilli()))))
                .map(d -> new Mark(d.getString("_id"), ((Number) d.get("upTo")).longValue()));
    }

    private Mono<MongoCollection<Document>> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
