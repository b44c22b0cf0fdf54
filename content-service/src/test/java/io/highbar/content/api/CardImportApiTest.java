package io.highbar.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.highbar.content.ContentServiceTest;
import io.highbar.content.TestCards;
import io.highbar.content.card.CardStore;
import io.highbar.content.publishing.RubricTopic;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.RubricPublished;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CardImportApiTest extends ContentServiceTest {

    @Autowired
    CardStore store;

    @Test
    void importsANewerCardAndPublishesItsRubric() {
        String id = freshId();
        put(id, TestCards.withId(id, 1)).expectStatus().isOk();
        ObjectNode newer = TestCards.withId(id, 2);
        ((ObjectNode) newer.get("rubric")).put("version", 7);
        newer.put("tagline", "Raised again");

        put(id, newer).expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(CompetencyCard.class)
                .value(card -> assertThat(card.version()).isEqualTo(2));

        web.get().uri("/api/competencies/{id}", id).exchange()
                .expectBody().jsonPath("$.tagline").isEqualTo("Raised again");
        List<RubricPublished> published = RubricTopic.readAll(id);
        assertThat(published).extracting(RubricPublished::rubricVersion).containsSubsequence(1, 7);
        assertThat(published.get(published.size() - 1).card().tagline()).isEqualTo("Raised again");
    }

    @Test
    void aVersionThatIsNotNewerIsA409AndChangesNothing() {
        String id = freshId();
        put(id, TestCards.withId(id, 3)).expectStatus().isOk();

        put(id, TestCards.withId(id, 3)).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("Card '" + id + "' is stored at version 3; the import has version 3."
                        + " Send version 4 or higher to replace it.")
                .jsonPath("$.storedVersion").isEqualTo(3);
        put(id, TestCards.withId(id, 2)).expectStatus().isEqualTo(409);
        assertThat(store.find(id).block().version()).isEqualTo(3);
    }

    @Test
    void anInvalidCardIsA422ListingEveryProblemAndNothingIsWritten() {
        String id = freshId();
        ObjectNode card = TestCards.withId(id, 1);
        ((ArrayNode) card.get("signals").get(2).get("examplePhrases")).removeAll();
        card.remove("coreSignal");
        card.put("typo", true);
        ((ObjectNode) card.get("followUps").get(0)).put("targets", "nothing");

        put(id, card).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(4)
                .jsonPath("$.errors[?(@.path == '$.signals[2].examplePhrases')].message").isEqualTo("must have at least 1 item")
                .jsonPath("$.errors[?(@.path == '$.coreSignal')].message").isEqualTo("is required")
                .jsonPath("$.errors[?(@.path == '$.typo')]").exists()
                .jsonPath("$.errors[?(@.path == '$.followUps[0].targets')]").exists()
                .jsonPath("$.detail").isEqualTo("The card has 4 problems; nothing was stored. Fix every listed path and"
                        + " send the card again.");
        assertThat(store.find(id).blockOptional()).isEmpty();
        assertThat(RubricTopic.readAll(id)).isEmpty();
    }

    @Test
    void theIdInThePathMustBeTheCardsId() {
        String id = freshId();
        put(id, TestCards.withId(freshId(), 1)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].path").isEqualTo("$.id");
        assertThat(store.find(id).blockOptional()).isEmpty();
    }

    @Test
    void malformedJsonIsA400Problem() {
        web.put().uri("/api/competencies/{id}", freshId()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"x\",").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).startsWith("The body is not valid JSON at line 1"));
    }

    @Test
    void aBodyOver256KbIsA413ProblemEvenWithoutContentLength() {
        String id = freshId();
        ObjectNode card = TestCards.withId(id, 1);
        card.put("depthTip", "x".repeat(300 * 1024));
        byte[] json = TestCards.bytes(card);

        web.put().uri("/api/competencies/{id}", id).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("A card may be at most 256 KB of JSON. Shorten the card"
                        + " or split the competency into two cards.");
        Flux<DataBuffer> chunked = Flux.range(0, json.length / 8192 + 1).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap(Arrays.copyOfRange(json, i * 8192, Math.min(json.length, (i + 1) * 8192))));
        web.put().uri("/api/competencies/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(chunked, DataBuffer.class).exchange()
                .expectStatus().isEqualTo(413);
        assertThat(store.find(id).blockOptional()).isEmpty();
    }

    @Test
    void aCardJustUnderTheLimitIsAccepted() {
        String id = freshId();
        ObjectNode card = TestCards.withId(id, 1);
        int size = TestCards.bytes(card).length;
        card.put("depthTip", card.get("depthTip").stringValue() + " ".repeat(250 * 1024 - size));

        put(id, card).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec put(String id, ObjectNode card) {
        return web.put().uri("/api/competencies/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new String(TestCards.bytes(card), StandardCharsets.UTF_8))
                .exchange();
    }

    private static String freshId() {
        return "import-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
