package io.highbar.interview.session.store;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionEvent;
import io.highbar.interview.session.SessionStatus;
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
 * Sessions as append-only logs ({@value SessionLog#COLLECTION}): every change is one insert of one entry whose
 * {@code _id} is {@code sessionId/seq}, so two writers that both start from seq n race for the same key and the
 * loser (a duplicate key) reads the entries it missed and applies its change again. A session is the fold of its
 * entries; no document grows with its answers.
 * <p>
 * Beside the log, {@value #SESSIONS} holds one small document per session (who, status, when) for listing and for the
 * expiry sweep. It is written after each entry and never read as the truth: {@link #rebuildSummary} writes it again
 * from the log. Each instance keeps the sessions it read or wrote lately and brings a copy up to date by reading only
 * the entries after it, so reading a session costs one indexed range read however long it is.
 */
@Component
public class SessionStore {

    static final String SESSIONS = "sessions";
    private static final int MAX_CONFLICT_RETRIES = 20;

    private final ReactiveMongoTemplate mongo;
    private final SessionChangeListener changes;
    /** Bounded by what the copies hold, not their number: a session grows with every answer and event. */
    private final Cache<String, Session> copies = Caffeine.newBuilder()
            .maximumWeight(20_000).weigher((String id, Session s) -> s.weight())
            .expireAfterAccess(Duration.ofMinutes(2)).build();

    /** Writes that lost the race for their seq to another writer: the change is applied again to what it missed. */
    private final Counter conflicts;

    public SessionStore(ReactiveMongoTemplate mongo, SessionChangeListener changes, MeterRegistry meters) {
        this.mongo = mongo;
        this.changes = changes;
        this.conflicts = Counter.builder("highbar.session.write.conflicts")
                .description("Session writes that lost the race for their seq to another writer").register(meters);
    }

    public Mono<Void> createIndexes() {
        Mono<Void> log = log().flatMapMany(c -> Flux.concat(
                c.createIndex(Indexes.ascending("sessionId", "seq"), new IndexOptions().name("session_seq")),
                c.createIndex(Indexes.ascending("sessionId", "lastEventSeq"), new IndexOptions().name("session_events")),
                c.createIndex(Indexes.ascending("pending"), new IndexOptions().name("pending").sparse(true))))
                .then();
        Mono<Void> summaries = summaries().flatMapMany(c -> Flux.concat(
                c.createIndex(Indexes.ascending("candidateId", "createdMillis"), new IndexOptions().name("candidate")),
                c.createIndex(Indexes.ascending("interviewers"), new IndexOptions().name("interviewers")),
                c.createIndex(Indexes.ascending("status", "activityMillis"), new IndexOptions().name("live_idle"))))
                .then();
        return log.then(summaries);
    }

    /** Sessions matching {@code filter} (on their summary fields), newest first, at most {@code limit}. */
    public Flux<Session> list(Bson filter, int limit) {
        return summaries().flatMapMany(c -> c.find(filter)
                        .projection(Projections.include("_id"))
                        .sort(Sorts.descending("createdMillis"))
                        .limit(limit))
                .concatMap(summary -> find(summary.getString("_id")));
    }

    /** Ids of live sessions whose last activity is older than {@code idleSinceMillis}. */
    public Flux<String> idleLiveSessions(long idleSinceMillis, int limit) {
        Document idleLive = new Document("status", new Document("$in", List.of(SessionStatus.ASKING.name(),
                SessionStatus.AWAITING_EVALUATION.name(), SessionStatus.CREATED.name())))
                .append("activityMillis", new Document("$lt", idleSinceMillis));
        return summaries().flatMapMany(c -> c.find(idleLive)
                        .projection(Projections.include("_id"))
                        .limit(limit))
                .map(d -> d.getString("_id"));
    }

    public Mono<Session> insert(Session session) {
        return log().flatMap(c -> Mono.from(c.insertOne(SessionLog.started(session))))
                .then(summaries().flatMap(c -> Mono.from(c.insertOne(Summaries.of(session)))))
                .thenReturn(session)
                .doOnNext(this::keep)
                .doOnNext(s -> changes.sessionChanged(new SessionChanged(s.id(), s.revision())));
    }

    /** The session as stored now: the copy at hand, brought up to date with the entries written after it. */
    public Mono<Session> find(String id) {
        Session held = copies.getIfPresent(id);
        long after = held == null ? -1 : held.revision();
        return entriesAfter(id, after).collectList()
                .flatMap(entries -> held == null && entries.isEmpty() ? Mono.empty()
                        : Mono.just(SessionLog.fold(held, entries)))
                .doOnNext(this::keep);
    }

    /** The session's events after {@code seq}, in order: an indexed range read of the log. */
    public Flux<SessionEvent> eventsAfter(String id, long seq) {
        Document filter = new Document("sessionId", id).append("lastEventSeq", new Document("$gt", seq));
        return log().flatMapMany(c -> c.find(filter)
                        .projection(Projections.include("events"))
                        .sort(Sorts.ascending("seq")))
                .concatMapIterable(SessionLog::events)
                .filter(e -> e.seq() > seq);
    }

    /**
     * Applies {@code change} to the session as stored and appends what it did as the next entry; if another writer
     * took that seq meanwhile, reads what it wrote and applies the change again. A change that returns the same
     * instance writes nothing.
     *
     * @return the session after the change; empty if there is no such session
     */
    public Mono<Session> update(String id, UnaryOperator<Session> change) {
        return Mono.defer(() -> find(id).flatMap(current -> {
                    Session changed = change.apply(current);
                    return changed == current ? Mono.just(current) : append(current, changed);
                }))
                .retryWhen(Retry.max(MAX_CONFLICT_RETRIES).filter(ConcurrentChange.class::isInstance));
    }

    private Mono<Session> append(Session current, Session changed) {
        Session next = changed.withRevision(current.revision() + 1);
        return log()
                .flatMap(c -> Mono.from(c.insertOne(SessionLog.change(current, next))))
                .onErrorMap(SessionStore::isDuplicateKey, e -> {
                    conflicts.increment();
                    copies.invalidate(current.id());
                    return new ConcurrentChange();
                })
                .then(writeSummary(next))
                .thenReturn(next)
                .doOnNext(this::keep)
                .doOnNext(s -> changes.sessionChanged(new SessionChanged(s.id(), s.revision())));
    }

    /** The summary follows the log: a write that finds a newer summary in place leaves it. */
    private Mono<Void> writeSummary(Session session) {
        Document older = new Document("_id", session.id()).append("revision", new Document("$lt", session.revision()));
        return summaries().flatMap(c -> Mono.from(c.replaceOne(older, Summaries.of(session)))).then();
    }

    /** Writes a session's summary again from its log, e.g. after a crash between an entry and its summary. */
    public Mono<Session> rebuildSummary(String id) {
        return entriesAfter(id, -1).collectList()
                .filter(entries -> !entries.isEmpty())
                .map(entries -> SessionLog.fold(null, entries))
                .flatMap(session -> summaries()
                        .flatMap(c -> Mono.from(c.replaceOne(Filters.eq("_id", id), Summaries.of(session),
                                new ReplaceOptions().upsert(true))))
                        .thenReturn(session));
    }

    /** Answers stored for Kafka and not yet sent, oldest first. */
    public Flux<Publication> pendingPublications() {
        return log().flatMapMany(c -> c.find(new Document("pending", true))
                        .projection(Projections.include("sessionId", "seq", "publish", "pending")))
                .map(entry -> new Publication(entry.getString("_id"), SessionLog.publication(entry)));
    }

    /** The entry that stored the answer submitted at {@code seq} of the session, for the relay to mark sent. */
    public static String entryId(String sessionId, long seq) {
        return SessionLog.entryId(sessionId, seq);
    }

    /** Idempotent. */
    public Mono<Void> markPublished(String entryId) {
        return log().flatMap(c -> Mono.from(c.updateOne(Filters.eq("_id", entryId), Updates.unset("pending"))))
                .then();
    }

    private Flux<Document> entriesAfter(String id, long seq) {
        Document filter = new Document("sessionId", id).append("seq", new Document("$gt", seq));
        return log().flatMapMany(c -> c.find(filter).sort(Sorts.ascending("seq")));
    }

    /** Keeps the newest copy: revisions only grow, so an older read finishing late never replaces a newer one. */
    private void keep(Session session) {
        copies.asMap().merge(session.id(), session, (held, read) -> held.revision() >= read.revision() ? held : read);
    }

    private static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }

    private Mono<MongoCollection<Document>> log() {
        return mongo.getCollection(SessionLog.COLLECTION);
    }

    private Mono<MongoCollection<Document>> summaries() {
        return mongo.getCollection(SESSIONS);
    }

    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("session changed concurrently", null, false, false);
        }
    }
}
