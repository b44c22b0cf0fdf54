package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import io.highbar.interview.session.store.SessionStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * A session's summary (what listing and the expiry sweep read) is a cache of its log: lost or left behind by a crash
 * between an entry and its summary, it is written again from the log alone.
 */
class SessionSummaryTest extends InterviewServiceTestBase {

    @Autowired
    SessionStore store;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aLostSummaryIsRebuiltFromTheLogAndTheSessionIsListedAgain() {
        String id = createSession();
        store.update(id, s -> s.shareWith("interviewer-1", Instant.now())).block();
        Document written = summary(id);
        mongo.getCollection("sessions").flatMap(c -> Mono.from(c.deleteOne(Filters.eq("_id", id)))).block();
        assertThat(listedIds()).doesNotContain(id);

        store.rebuildSummary(id).block();

        assertThat(summary(id)).isEqualTo(written);
        assertThat(listedIds()).contains(id);
    }

    private Document summary(String id) {
        return mongo.getCollection("sessions").flatMap(c -> Mono.from(c.find(Filters.eq("_id", id)).first())).block();
    }

    private List<Object> listedIds() {
        return http.get().uri("/api/sessions").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .map(s -> s.get("id")).map(Object.class::cast).toList();
    }
}
