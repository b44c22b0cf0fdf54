package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.interview.session.store.StoreMigration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Mono;

/**
 * A store written by release 0.1.0 (one document per session, each evaluation a string of JSON; the fixture was
 * written by that release's running platform) moves into the log once: every session reads back whole through the
 * API and its stream, evaluations become queryable sub-documents, an answer stored and never published is published,
 * and moving again changes nothing.
 */
class StoreMigrationTest extends InterviewServiceTestBase {

    private static final String MOCK = "213b5724-0f47-4f4b-9a29-862a30893ca9";
    private static final String DRILL = "b728b1b1-be48-4c1f-a516-da67c46ee488";
    private static final String UNPUBLISHED = "25dee95f-e2c1-4ef0-8ebc-780984d959ea";

    @Autowired
    StoreMigration migration;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void sessionsStoredByTheFirstReleaseMoveIntoTheLogOnceAndReadBackWhole() throws Exception {
        List<Document> legacy = LegacyStoreFixture.sessions();
        for (Document session : legacy) {
            mongo.getCollection("sessions").flatMap(c -> Mono.from(c.replaceOne(
                    Filters.eq("_id", session.getString("_id")), session, new ReplaceOptions().upsert(true)))).block();
        }

        assertThat(migration.migrate().block()).isEqualTo(3);
        long entries = count("session_events", Filters.in("sessionId", MOCK, DRILL, UNPUBLISHED));
        assertThat(migration.migrate().block()).as("moved once").isZero();
        assertThat(count("session_events", Filters.in("sessionId", MOCK, DRILL, UNPUBLISHED))).isEqualTo(entries);
        assertThat(count("sessions", Filters.exists("events"))).as("no session document holds its events").isZero();

        Document mockBefore = legacy.get(0);
        Map<?, ?> mock = read(MOCK, "candidate");
        assertThat(mock.get("status")).isEqualTo(mockBefore.getString("status"));
        assertThat((List<?>) mock.get("answers")).hasSize(mockBefore.getList("answers", Document.class).size());
        Map<?, ?> firstAnswer = (Map<?, ?>) ((List<?>) mock.get("answers")).get(0);
        String storedEvaluation = mockBefore.getList("answers", Document.class).get(0).getString("evaluation");
        assertThat(((Map<?, ?>) firstAnswer.get("evaluation")).get("overall"))
                .isEqualTo(((Map<?, ?>) EventJson.mapper().readValue(storedEvaluation, Map.class)).get("overall"));
        assertThat((List<?>) firstAnswer.get("overrides")).hasSize(1);

        // the interviewer's stream shows every stored event, in order, each answer-evaluated with its evaluation
        List<ServerSentEvent<String>> shown = stream(MOCK, null, bearer("interviewer", "INTERVIEWER"))
                .take(mockBefore.getList("events", Document.class).size()).collectList().block(Duration.ofSeconds(20));
        assertThat(shown).extracting(ServerSentEvent::event).containsExactlyElementsOf(
                mockBefore.getList("events", Document.class).stream().map(e -> e.getString("type")).toList());
        assertThat(shown).filteredOn(e -> "answer-evaluated".equals(e.event()))
                .allSatisfy(e -> assertThat(e.data()).contains("\"overall\""));

        // evaluations are sub-documents with numbers: an analyst's query finds them
        assertThat(count("session_events", Filters.and(Filters.eq("sessionId", MOCK),
                Filters.gte("answers.evaluation.overall", 0.0)))).isPositive();
        assertThat(read(DRILL, "candidate").get("status")).isEqualTo("ASKING");

        // stored and never published by the first release: the relay's sweep publishes it now
        AnswerSubmitted unpublished = published(UNPUBLISHED, 1);
        publish(Topics.ANSWER_EVALUATED, UNPUBLISHED, EventJson.write(evaluationOf(unpublished, 60)));
        awaitStatus(UNPUBLISHED, "candidate2", "ASKING");
    }

    private Map<?, ?> read(String id, String subject) {
        return http.get().uri("/api/sessions/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(subject, "CANDIDATE"))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private void awaitStatus(String id, String subject, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!status.equals(read(id, subject).get("status")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(read(id, subject).get("status")).isEqualTo(status);
    }

    private long count(String collection, org.bson.conversions.Bson filter) {
        return mongo.getCollection(collection).flatMap(c -> Mono.from(c.countDocuments(filter))).block();
    }

}
