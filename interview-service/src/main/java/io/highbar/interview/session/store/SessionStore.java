package io.highbar.interview.session.store;

import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionStatus;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Sessions in MongoDB, one document each. Every change is a compare-and-set on {@code revision}
 * (the embedded store has no transactions, so atomicity comes from single-document writes), and
 * every successful change is announced to the live streams.
 * <p>
 * A change starts from the copy this instance last wrote or read, when it has one, instead of reading the
 * document first: the compare-and-set proves that copy current. A copy that turns out stale (another instance
 * wrote meanwhile), or that the change refuses or leaves unchanged, is never trusted: the change is applied again
 * to the document as stored.
 */
@Component
public class SessionStore {

    static final String COLLECTION = "sessions";
    private static final int MAX_CONFLICT_RETRIES = 20;

    private final ReactiveMongoTemplate mongo;
    private final SessionChangeListener changes;
    /** Bounded by what the copies hold, not their number: a session grows with every answer and event. */
    private final Cache<String, Session> lastSeen = Caffeine.newBuilder()
            .maximumWeight(20_000).weigher((String id, Session s) -> s.weight())
            .expireAfterAccess(Duration.ofMinutes(2)).build();

    /** Writes whose compare-and-set found a newer revision: the change is applied again to the stored document. */
    private final Counter conflicts;
    /** Changes that read the stored document first: no current copy was held, or the change refused the copy. */
    private final Counter storeReads;

    public SessionStore(ReactiveMongoTemplate mongo, SessionChangeListener changes, MeterRegistry meters) {
        this.mongo = mongo;
        this.changes = changes;
        this.conflicts = Counter.builder("highbar.session.write.conflicts")
                .description("Session writes that lost the compare-and-set to another writer").register(meters);
        this.storeReads = Counter.builder("highbar.session.write.store-reads")
                .description("Session changes that read the stored document first").register(meters);
    }

    public Mono<Void> createIndexes() {
        return collection().flatMapMany(c -> Flux.concat(
                // for the compare-and-set filter {_id, revision}: the embedded store uses an index only when a query
                // names exactly its fields, so without this one every write scanned (and decoded) every session
                c.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().name("id_revision").unique(true)),
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
                .map(SessionDocuments::fromDocument);
    }

    /**
     * Ids of live sessions whose last activity is older than {@code idleSinceMillis}. One plain document naming the
     * fields of the {@code live_idle} index, like {@link #sameRevision}: the embedded store then reads only the idle
     * sessions instead of decoding every stored one.
     */
    public Flux<String> idleLiveSessions(long idleSinceMillis, int limit) {
        Document idleLive = new Document("status", new Document("$in", List.of(SessionStatus.ASKING.name(),
                SessionStatus.AWAITING_EVALUATION.name(), SessionStatus.CREATED.name())))
                .append("activityMillis", new Document("$lt", idleSinceMillis));
        return collection().flatMapMany(c -> c.find(idleLive)
                        .projection(Projections.include("_id"))
                        .limit(limit))
                .map(d -> d.getString("_id"));
    }

    public Mono<Session> insert(Session session) {
        return collection()
                .flatMap(c -> Mono.from(c.insertOne(SessionDocuments.toDocument(session))))
                .thenReturn(session)
                .doOnNext(this::seen)
                .doOnNext(s -> changes.sessionChanged(SessionChanged.written(s)));
    }

    /** The session as stored now. */
    public Mono<Session> find(String id) {
        return collection().flatMap(c -> Mono.from(c.find(Filters.eq("_id", id)).first()))
                .map(SessionDocuments::fromDocument)
                .doOnNext(this::seen);
    }

    /**
     * The copy this instance last wrote or read, else the session as stored: for what cannot have changed since
     * (who the candidate is), never for what other instances may have changed.
     */
    public Mono<Session> recent(String id) {
        Session known = lastSeen.getIfPresent(id);
        return known != null ? Mono.just(known) : find(id);
    }

    /**
     * Sessions holding outbox entries not yet removed, with only their id and outbox read. Few at a time: an entry
     * lives from the write that stores its answer to the one that records its evaluation. A plain
     * {@code outboxPending} query, which the {@code outbox_pending} index serves (in the embedded store too).
     */
    public Flux<Session> withPendingOutbox() {
        return collection().flatMapMany(c -> c.find(new Document("outboxPending", true))
                        .projection(Projections.include("_id", "outbox", "outboxPending")))
                .map(SessionDocuments::fromDocument);
    }

    /**
     * Applies {@code change} to the stored session and writes it if the session was not changed meanwhile;
     * otherwise reads again and retries. A change that returns the same instance writes nothing.
     *
     * @return the session as stored after the change; empty if there is no such session
     */
    public Mono<Session> update(String id, UnaryOperator<Session> change) {
        return Mono.defer(() -> fromLastSeen(id, change))
                .retryWhen(Retry.max(MAX_CONFLICT_RETRIES).filter(ConcurrentChange.class::isInstance));
    }

    private Mono<Session> fromLastSeen(String id, UnaryOperator<Session> change) {
        Session known = lastSeen.getIfPresent(id);
        if (known != null) {
            Session changed;
            try {
                changed = change.apply(known);
            } catch (RuntimeException refused) {
                changed = known; // judged again on the stored document
            }
            if (changed != known) {
                return write(id, known, changed).onErrorResume(ConcurrentChange.class, e -> fromStore(id, change));
            }
        }
        return fromStore(id, change);
    }

    private Mono<Session> fromStore(String id, UnaryOperator<Session> change) {
        storeReads.increment();
        return find(id).flatMap(current -> {
            Session changed = change.apply(current);
            return changed == current ? Mono.just(current) : write(id, current, changed);
        });
    }

    private Mono<Session> write(String id, Session current, Session changed) {
        Session next = changed.withRevision(current.revision() + 1);
        return collection()
                .flatMap(c -> Mono.from(c.updateOne(sameRevision(id, current.revision()),
                        SessionDelta.between(current, next))))
                .flatMap(result -> {
                    if (result.getMatchedCount() != 1) {
                        conflicts.increment();
                        lastSeen.invalidate(id);
                        return Mono.error(new ConcurrentChange());
                    }
                    seen(next);
                    return Mono.just(next).doOnNext(s -> changes.sessionChanged(SessionChanged.written(s)));
                });
    }

    /**
     * {@code {_id, revision}} as one plain document: {@code Filters.and} renders {@code $and}, which the embedded
     * store never matches to an index.
     */
    private static Document sameRevision(String id, long revision) {
        return new Document("_id", id).append("revision", revision);
    }

    /** Keeps the newest copy: revisions only grow, so an older read finishing late never replaces a newer one. */
    private void seen(Session session) {
        lastSeen.asMap().merge(session.id(), session, (held, read) -> held.revision() >= read.revision() ? held : read);
    }

    private Mono<MongoCollection<Document>> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("session changed concurrently", null, false, false);
        }
    }
}
