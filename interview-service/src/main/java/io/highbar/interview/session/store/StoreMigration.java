package io.highbar.interview.session.store;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.highbar.contracts.EventJson;
import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Note;
import io.highbar.interview.session.OutboxEntry;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves sessions stored by release 0.1.0 (one document each, holding every answer and event) into the log, once,
 * at start-up: each stored event becomes one entry, carrying the answers and notes it concerns, and the session's
 * document is replaced by its summary. Idempotent: entries already written are kept (same {@code _id}), and a session
 * whose document is a summary is not read again, so a start-up that dies half way is finished by the next one.
 */
@Component
public class StoreMigration {

    private static final Logger log = LoggerFactory.getLogger(StoreMigration.class);

    private final ReactiveMongoTemplate mongo;

    public StoreMigration(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return how many sessions moved */
    public Mono<Long> migrate() {
        return mongo.getCollection(SessionStore.SESSIONS)
                .flatMapMany(c -> c.find(Filters.exists("events")))
                .concatMap(this::migrate)
                .count()
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Moved {} session(s) stored by release 0.1.0 into the session log", n);
                    }
                });
    }

    private Mono<Session> migrate(Document stored) {
        Session legacy = LegacySessionDocuments.fromDocument(stored);
        List<Document> entries = entries(legacy);
        Session migrated = SessionLog.fold(null, entries);
        return log().flatMap(c -> Mono.from(c.insertMany(entries, new InsertManyOptions().ordered(false))))
                .onErrorResume(MongoBulkWriteException.class, e -> onlyDuplicates(e) ? Mono.empty() : Mono.error(e))
                .then(mongo.getCollection(SessionStore.SESSIONS)
                        .flatMap(c -> Mono.from(c.replaceOne(Filters.eq("_id", legacy.id()), Summaries.of(migrated)))))
                .thenReturn(migrated);
    }

    /** One entry per stored event, in order; each answer, note and unsent answer goes with the last event about it. */
    static List<Document> entries(Session legacy) {
        List<SessionEvent> events = legacy.events().stream().map(e -> complete(e, legacy)).toList();
        int count = Math.max(1, events.size());
        Map<String, Integer> lastAbout = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            var data = events.get(i).data();
            for (String key : List.of("answerId", "noteId")) {
                if (data != null && data.hasNonNull(key)) {
                    lastAbout.put(data.get(key).asString(), i);
                }
            }
        }
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SessionEvent event = i < events.size() ? events.get(i) : null;
            Document entry = new Document("_id", SessionLog.entryId(legacy.id(), i))
                    .append("sessionId", legacy.id())
                    .append("seq", (long) i)
                    .append("lastEventSeq", event == null ? legacy.lastEventSeq() : event.seq())
                    .append("at", Date.from(event == null ? legacy.updatedAt() : event.at()));
            if (i == 0) {
                entry.append("start", SessionLog.bson(new SessionLog.Start(legacy.candidateId(), legacy.mode(),
                        legacy.competencyId(), legacy.competencyIds(), legacy.company(), legacy.targetLevel(),
                        legacy.cards(), legacy.createdMillis(), legacy.createdAt())));
            }
            if (i == 0 || i == count - 1) {
                // what each event left is not stored; every fold of a migrated log ends with its last entry
                entry.append("state", SessionLog.bson(new SessionLog.State(legacy.interviewers(), legacy.status(),
                        legacy.plan(), legacy.currentQuestion(), legacy.usedProbes(), legacy.lastEventSeq(),
                        legacy.activityMillis(), legacy.updatedAt())));
            }
            if (event != null) {
                entry.append("events", List.of(SessionLog.bson(event)));
            }
            entries.add(entry);
        }
        int last = count - 1;
        for (Answer answer : legacy.answers()) {
            add(entries.get(lastAbout.getOrDefault(answer.answerId(), last)), "answers", SessionLog.bson(answer));
        }
        for (Note note : legacy.notes()) {
            add(entries.get(lastAbout.getOrDefault(note.noteId(), last)), "notes", SessionLog.bson(note));
        }
        for (OutboxEntry unsent : legacy.outbox()) {
            entries.get(lastAbout.getOrDefault(unsent.event().answerId(), last))
                    .append("publish", SessionLog.bson(unsent)).append("pending", true);
        }
        return entries;
    }

    /** Release 0.1.0 stored an answer-evaluated event without its evaluation, which its answer held. */
    private static SessionEvent complete(SessionEvent event, Session legacy) {
        if (!SessionEvent.ANSWER_EVALUATED.equals(event.type()) || !(event.data() instanceof ObjectNode data)
                || (data.hasNonNull("evaluation"))) {
            return event;
        }
        return legacy.answer(data.path("answerId").asString()).filter(Answer::isEvaluated)
                .map(answer -> {
                    ObjectNode whole = data.deepCopy();
                    whole.set("evaluation", EventJson.mapper().valueToTree(answer.evaluation()));
                    return new SessionEvent(event.seq(), event.type(), whole, event.at());
                })
                .orElse(event);
    }

    @SuppressWarnings("unchecked")
    private static void add(Document entry, String field, Document value) {
        List<Document> values = (List<Document>) entry.computeIfAbsent(field, k -> new ArrayList<Document>());
        values.add(value);
    }

    private static boolean onlyDuplicates(MongoBulkWriteException e) {
        return e.getWriteErrors().stream().allMatch(error -> error.getCode() == 11000);
    }

    private Mono<MongoCollection<Document>> log() {
        return mongo.getCollection(SessionLog.COLLECTION);
    }
}
