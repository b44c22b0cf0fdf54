package io.highbar.interview.session.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.highbar.contracts.EventJson;
import io.highbar.interview.session.Answer;
import io.highbar.interview.session.AnswerStatus;
import io.highbar.interview.session.CardDigest;
import io.highbar.interview.session.Note;
import io.highbar.interview.session.OutboxEntry;
import io.highbar.interview.session.Plan;
import io.highbar.interview.session.Question;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionEvent;
import io.highbar.interview.session.SessionMode;
import io.highbar.interview.session.SessionStatus;
import org.bson.Document;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A session as its log: one entry per change, each holding what that change did, never the history before it.
 * <ul>
 *   <li>{@code start} (the first entry only): who the candidate is, the mode, the competencies and their cards;</li>
 *   <li>{@code state}: the session's small current state after the change (status, plan, current question, ...);</li>
 *   <li>{@code events}: the events the change appended, as the session's stream shows them;</li>
 *   <li>{@code answers}: each answer the change added or changed, whole (an evaluation is a sub-document);</li>
 *   <li>{@code notes}: the notes it added;</li>
 *   <li>{@code publish} and {@code pending}: the answer-submitted event it stored for Kafka, until the relay has sent it.</li>
 * </ul>
 * The session is the fold of its entries in {@code seq} order, so a copy at hand catches up by folding only the entries
 * after its own {@code revision} (which is the {@code seq} of the last entry it holds).
 */
final class SessionLog {

    static final String COLLECTION = "session_events";

    private static final JsonMapper JSON = EventJson.mapper();
    /** Entries outlive releases: a field a newer release added is missing from older entries and takes its default. */
    private static final JsonMapper READER = JSON.rebuild()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SessionLog() {
    }

    /** What never changes after the session starts. */
    record Start(String candidateId, SessionMode mode, String competencyId, List<String> competencyIds, String company,
                 String targetLevel, List<CardDigest> cards, long createdMillis, Instant createdAt) {
    }

    /** The session's current state, apart from its answers, notes and events: small, whatever the session's length. */
    record State(List<String> interviewers, SessionStatus status, Plan plan, Question currentQuestion,
                 List<String> usedProbes, long lastEventSeq, long activityMillis, Instant updatedAt) {
    }

    static String entryId(String sessionId, long seq) {
        return sessionId + "/" + seq;
    }

    /** The first entry of a session: its start and everything the start did. */
    static Document started(Session session) {
        Document entry = entry(session).append("start", bson(new Start(session.candidateId(), session.mode(),
                session.competencyId(), session.competencyIds(), session.company(), session.targetLevel(),
                session.cards(), session.createdMillis(), session.createdAt())));
        appendParts(entry, session.events(), session.answers(), session.notes(), session.outbox());
        return entry;
    }

    /** The entry that turns {@code current} into {@code next}, whose revision is the entry's seq. */
    static Document change(Session current, Session next) {
        List<SessionEvent> events = next.events().stream().filter(e -> e.seq() > current.lastEventSeq()).toList();
        Map<String, Answer> before = current.answers().stream()
                .collect(Collectors.toMap(Answer::answerId, a -> a, (a, b) -> b));
        List<Answer> answers = next.answers().stream().filter(a -> before.get(a.answerId()) != a).toList();
        List<Note> notes = next.notes().subList(Math.min(current.notes().size(), next.notes().size()),
                next.notes().size());
        Set<String> queued = current.outbox().stream().map(e -> e.event().answerId()).collect(Collectors.toSet());
        List<OutboxEntry> publish = next.outbox().stream().filter(e -> !queued.contains(e.event().answerId())).toList();
        Document entry = entry(next);
        appendParts(entry, events, answers, notes, publish);
        return entry;
    }

    private static Document entry(Session session) {
        return new Document("_id", entryId(session.id(), session.revision()))
                .append("sessionId", session.id())
                .append("seq", session.revision())
                .append("lastEventSeq", session.lastEventSeq())
                .append("at", Date.from(session.updatedAt()))
                .append("state", bson(new State(session.interviewers(), session.status(), session.plan(),
                        session.currentQuestion(), session.usedProbes(), session.lastEventSeq(),
                        session.activityMillis(), session.updatedAt())));
    }

    private static void appendParts(Document entry, List<SessionEvent> events, List<Answer> answers, List<Note> notes,
                                    List<OutboxEntry> publish) {
        if (!events.isEmpty()) {
            entry.append("events", events.stream().map(SessionLog::bson).toList());
        }
        if (!answers.isEmpty()) {
            entry.append("answers", answers.stream().map(SessionLog::bson).toList());
        }
        if (!notes.isEmpty()) {
            entry.append("notes", notes.stream().map(SessionLog::bson).toList());
        }
        if (publish.size() > 1) {
            throw new IllegalStateException("a change stores at most one answer to publish, got " + publish.size());
        }
        if (!publish.isEmpty()) {
            entry.append("publish", bson(publish.get(0))).append("pending", true);
        }
    }

    /**
     * The session after {@code entries} (in seq order), starting from {@code base}, or from nothing when the first
     * entry is the session's start.
     */
    static Session fold(Session base, List<Document> entries) {
        if (entries.isEmpty()) {
            return base;
        }
        Start start = base == null ? null : startOf(base);
        State state = base == null ? null : stateOf(base);
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<SessionEvent> events = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<OutboxEntry> outbox = new ArrayList<>();
        String id = null;
        long revision = -1;
        if (base != null) {
            base.answers().forEach(a -> answers.put(a.answerId(), a));
            events.addAll(base.events());
            notes.addAll(base.notes());
            outbox.addAll(base.outbox());
            id = base.id();
            revision = base.revision();
        }
        for (Document entry : entries) {
            long seq = number(entry.get("seq"));
            if (seq <= revision) {
                continue;
            }
            revision = seq;
            id = entry.getString("sessionId");
            if (entry.get("start") != null) {
                start = read(entry.get("start"), Start.class);
            }
            if (entry.get("state") != null) {
                state = read(entry.get("state"), State.class);
            }
            for (Object event : list(entry, "events")) {
                events.add(read(event, SessionEvent.class));
            }
            for (Object answer : list(entry, "answers")) {
                Answer read = read(answer, Answer.class);
                answers.put(read.answerId(), read);
            }
            for (Object note : list(entry, "notes")) {
                notes.add(read(note, Note.class));
            }
            if (Boolean.TRUE.equals(entry.get("pending")) && entry.get("publish") != null) {
                outbox.add(read(entry.get("publish"), OutboxEntry.class));
            }
        }
        if (start == null || state == null) {
            throw new IllegalStateException("the log of session " + id + " does not begin with its start");
        }
        // waiting to be published: stored for Kafka and not yet answered by the scorer
        List<OutboxEntry> waiting = outbox.stream()
                .filter(e -> {
                    Answer answer = answers.get(e.event().answerId());
                    return answer != null && answer.status() == AnswerStatus.AWAITING_EVALUATION;
                })
                .toList();
        return new Session(id, start.candidateId(), state.interviewers(), revision, state.status(), start.mode(),
                start.competencyId(), start.competencyIds(), start.company(), start.targetLevel(), state.plan(),
                start.cards(), state.currentQuestion(), List.copyOf(answers.values()), notes, state.usedProbes(),
                state.lastEventSeq(), events, waiting, !waiting.isEmpty(), state.activityMillis(),
                start.createdMillis(), start.createdAt(), state.updatedAt());
    }

    /** The events an entry holds, for a stream. */
    static List<SessionEvent> events(Document entry) {
        return list(entry, "events").stream().map(e -> read(e, SessionEvent.class)).toList();
    }

    static OutboxEntry publication(Document entry) {
        return read(entry.get("publish"), OutboxEntry.class);
    }

    private static Start startOf(Session s) {
        return new Start(s.candidateId(), s.mode(), s.competencyId(), s.competencyIds(), s.company(), s.targetLevel(),
                s.cards(), s.createdMillis(), s.createdAt());
    }

    private static State stateOf(Session s) {
        return new State(s.interviewers(), s.status(), s.plan(), s.currentQuestion(), s.usedProbes(),
                s.lastEventSeq(), s.activityMillis(), s.updatedAt());
    }

    static Document bson(Object value) {
        return BsonTree.toDocument(JSON.valueToTree(value));
    }

    static <T> T read(Object bson, Class<T> type) {
        return READER.treeToValue(BsonTree.toJson(bson), type);
    }

    private static List<?> list(Document entry, String field) {
        Object value = entry.get(field);
        return value instanceof List<?> list ? list : List.of();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
