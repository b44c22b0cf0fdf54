package io.highbar.interview.session;

import java.util.function.UnaryOperator;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.highbar.contracts.EventJson;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Sessions in MongoDB, one document each. Every change is a compare-and-set on {@code revision}
 * (the embedded store has no transactions, so atomicity comes from single-document writes), and
 * every successful change is announced to the live streams.
 */
@Component
public class SessionStore {

    static final String COLLECTION = "sessions";
    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final int MAX_CONFLICT_RETRIES = 20;
    /**
     * Stored documents outlive releases: a field a newer release added is missing from older documents and
     * takes its default (0, false, then the records' own defaults) instead of failing the read.
     */
    private static final tools.jackson.databind.json.JsonMapper STORED = EventJson.mapper().rebuild()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final ReactiveMongoTemplate mongo;
    private final SessionChangeListener changes;

    public SessionStore(ReactiveMongoTemplate mongo, SessionChangeListener changes) {
        this.mongo = mongo;
        this.changes = changes;
    }

    public Mono<Void> createIndexes() {
        return collection().flatMapMany(c -> Flux.concat(
                c.createIndex(Indexes.ascending("outboxPending"), new IndexOptions().name("outbox_pending")),
                c.createIndex(Indexes.ascending("candidateId", "createdMillis"), new IndexOptions().name("candidate")),
                c.createIndex(Indexes.ascending("interviewers"), new IndexOptions().name("interviewers")),
                c.createIndex(Indexes.ascending("status", "activityMillis"), new IndexOptions().name("live_idle"))))
                .then();
    }

    /**
     * Sessions matching {@code filter}, newest first, at most {@code limit}, without their event log and outbox
     * (summaries, progress and reports never need them).
     */
    public Flux<Session> list(Bson filter, int limit) {
        return collection().flatMapMany(c -> c.find(filter)
                        .projection(Projections.exclude("events", "outbox"))
                        .sort(Sorts.descending("createdMillis"))
                        .limit(limit))
                .map(SessionStore::fromDocument);
    }

    /** Ids of live sessions whose last activity is older than {@code idleSinceMillis}. */
    public Flux<String> idleLiveSessions(long idleSinceMillis, int limit) {
        return collection().flatMapMany(c -> c.find(Filters.and(
                                Filters.in("status", SessionStatus.ASKING.name(), SessionStatus.AWAITING_EVALUATION.name(),
                                        SessionStatus.CREATED.name()),
                                Filters.lt("activityMillis", idleSinceMillis)))
                        .projection(Projections.include("_id"))
                        .limit(limit))
                .map(d -> d.getString("_id"));
    }

    public Mono<Session> insert(Session session) {
        return collection()
                .flatMap(c -> Mono.from(c.insertOne(toDocument(session))))
                .thenReturn(session)
                .doOnNext(s -> changes.sessionChanged(s.id()));
    }

    public Mono<Session> find(String id) {
        return collection().flatMap(c -> Mono.from(c.find(Filters.eq("_id", id)).first())).map(SessionStore::fromDocument);
    }

    public Flux<Session> withPendingOutbox() {
        return collection().flatMapMany(c -> c.find(Filters.eq("outboxPending", true))).map(SessionStore::fromDocument);
    }

    /**
     * Applies {@code change} to the stored session and writes it if the session was not changed meanwhile;
     * otherwise reads again and retries. A change that returns the same instance writes nothing.
     *
     * @return the session as stored after the change; empty if there is no such session
     */
    public Mono<Session> update(String id, UnaryOperator<Session> change) {
        return Mono.defer(() -> find(id).flatMap(current -> {
                    Session changed = change.apply(current);
                    if (changed == current) {
                        return Mono.just(current);
                    }
                    Session next = changed.withRevision(current.revision() + 1);
                    return collection()
                            .flatMap(c -> Mono.from(c.replaceOne(
                                    Filters.and(Filters.eq("_id", id), Filters.eq("revision", current.revision())),
                                    toDocument(next))))
                            .flatMap(result -> result.getMatchedCount() == 1
                                    ? Mono.just(next).doOnNext(s -> changes.sessionChanged(id))
                                    : Mono.error(new ConcurrentChange()));
                }))
                .retryWhen(Retry.max(MAX_CONFLICT_RETRIES).filter(ConcurrentChange.class::isInstance));
    }

    private Mono<MongoCollection<Document>> collection() {
        return mongo.getCollection(COLLECTION);
    }

    static Document toDocument(Session session) {
        return Document.parse(EventJson.write(session));
    }

    static Session fromDocument(Document document) {
        return STORED.readValue(document.toJson(RELAXED), Session.class);
    }

    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("session changed concurrently", null, false, false);
        }
    }
}
