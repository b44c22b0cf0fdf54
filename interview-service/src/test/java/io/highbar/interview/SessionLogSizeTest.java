package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.interview.session.store.SessionStore;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/**
 * A session of 60 answers (a long DRILL, each answer evaluated by the real scorer's kind of evaluation) is written as
 * small inserts, one per change, and no stored document grows with the number of answers; no stored value is JSON
 * text.
 */
class SessionLogSizeTest extends InterviewServiceTestBase {

    private static final int ANSWERS = 60;

    @Autowired
    SessionStore store;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void sixtyAnswersAreSixtyAndMoreSmallInsertsAndNoDocumentHoldsJsonText() {
        String id = createSession();
        Evaluation evaluation = LegacyStoreFixture.realEvaluation();
        String text = "When our checkout latency doubled after a release, nobody owned the fix. ".repeat(24);
        for (int i = 0; i < ANSWERS; i++) {
            String answerId = UUID.randomUUID().toString();
            store.update(id, s -> s.submit(answerId, s.currentQuestion().id(), text, Instant.now(), ANSWERS)).block();
            store.update(id, s -> s.recordEvaluation(new AnswerEvaluated(answerId, id, evaluation, Instant.now()),
                    Instant.now())).block();
        }

        List<RawBsonDocument> entries = raw("session_events", Filters.eq("sessionId", id));
        List<RawBsonDocument> summary = raw("sessions", Filters.eq("_id", id));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(2 * ANSWERS + 1);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.getByteBuffer().remaining())
                .as("entry " + entry.get("seq")).isLessThan(64 * 1024));
        assertThat(summary.get(0).getByteBuffer().remaining()).isLessThan(4 * 1024);
        for (RawBsonDocument entry : entries) {
            assertNoJsonText(Document.parse(entry.toJson()), "entry " + entry.get("seq"));
        }
        assertThat(store.find(id).block().answers()).hasSize(ANSWERS);
    }

    private static void assertNoJsonText(Object value, String where) {
        if (value instanceof Map<?, ?> document) {
            document.forEach((key, field) -> assertNoJsonText(field, where + "." + key));
        } else if (value instanceof List<?> list) {
            list.forEach(element -> assertNoJsonText(element, where + "[]"));
        } else if (value instanceof String text) {
            String trimmed = text.strip();
            assertThat(trimmed.startsWith("{") || trimmed.startsWith("[")).as(where + " holds JSON text").isFalse();
        }
    }

    private List<RawBsonDocument> raw(String collection, org.bson.conversions.Bson filter) {
        return mongo.getCollection(collection)
                .flatMapMany(c -> Flux.from(c.withDocumentClass(RawBsonDocument.class).find(filter)))
                .collectList().block();
    }

}
