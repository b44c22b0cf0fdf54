package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.story.StoryMapped;
import io.highbar.contracts.story.StorySaved;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A saved or retold story is published on {@code interview.story-saved}; the scorer's mapping (played here by the
 * test) is kept per story version, and the matrix reads each story's current version only: a story edited twice is
 * pending until its latest text is mapped, whatever older mappings arrive, and a redelivered mapping changes nothing.
 */
class StoryMappingTest extends InterviewServiceTestBase {

    private static final String STANDARDS = FakeContentService.COMPETENCY;
    private static final String OWNERSHIP = FakeContentService.OTHER_COMPETENCY;
    private static final String TEXT = "Our nightly billing export failed silently and nobody owned it. I traced it to a"
            + " timezone bug, fixed the job, added an alert and a runbook; we have missed no export in six months.";

    @Test
    void theMatrixShowsEachPrinciplesBestStoryAndItsGapsFromTheCurrentVersionsOnly() {
        String candidate = "candidate-" + UUID.randomUUID();
        WebTestClient me = as(candidate, "CANDIDATE");
        String first = save(me, "Billing export", TEXT);
        assertThat(saved(first, 1).text()).isEqualTo(TEXT);
        JsonNode pending = coverage(me, null);
        assertThat(pending.get("pending").asInt()).isEqualTo(1);
        assertThat(principle(pending, STANDARDS).get("status").asString()).isEqualTo("GAP");

        map(first, candidate, 1, 3.2, 1.2);
        JsonNode one = awaitCoverage(me, c -> c.get("pending").asInt() == 0);
        assertThat(principle(one, STANDARDS).get("status").asString()).isEqualTo("COVERED");
        assertThat(principle(one, STANDARDS).get("best").get("storyId").asString()).isEqualTo(first);
        assertThat(principle(one, OWNERSHIP).get("status").asString()).as("strong no hire speaks to nothing")
                .isEqualTo("GAP");
        assertThat(one.get("stories").get(0).get("primary").asString()).isEqualTo(STANDARDS);

        String second = save(me, "Search launch", TEXT + " The search launch went out on time.");
        saved(second, 1);
        map(second, candidate, 1, 2.8, 2.0);
        JsonNode two = awaitCoverage(me, c -> c.get("pending").asInt() == 0 && c.get("stories").size() == 2);
        JsonNode standards = principle(two, STANDARDS);
        assertThat(standards.get("best").get("storyId").asString()).isEqualTo(first);
        assertThat(standards.get("alsoCovers")).extracting(n -> n.get("storyId").asString()).containsExactly(second);
        assertThat(principle(two, OWNERSHIP).get("status").asString()).isEqualTo("THIN");
        assertThat(principle(two, OWNERSHIP).get("best").get("storyId").asString()).isEqualTo(second);

        retell(me, first, TEXT + " I wrote the postmortem.");
        retell(me, first, TEXT + " I wrote the postmortem and shared it.");
        assertThat(saved(first, 3).text()).endsWith("and shared it.");
        map(first, candidate, 1, 3.2, 1.2);
        awaitConsumed(map(first, candidate, 2, 3.9, 3.9));
        JsonNode stale = coverage(me, null);
        assertThat(stale.get("pending").asInt()).isEqualTo(1);
        assertThat(principle(stale, STANDARDS).get("best").get("storyId").asString())
                .as("older versions' mappings never stand in for the latest text").isEqualTo(second);
        me.get().uri("/api/stories/{id}/mapping", first).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        map(first, candidate, 3, 1.3, 3.4);
        map(first, candidate, 3, 1.3, 3.4);
        JsonNode latest = awaitCoverage(me, c -> c.get("pending").asInt() == 0);
        assertThat(principle(latest, OWNERSHIP).get("best").get("storyId").asString()).isEqualTo(first);
        assertThat(principle(latest, OWNERSHIP).get("best").get("overall").asDouble()).isEqualTo(3.4);
        assertThat(principle(latest, STANDARDS).get("best").get("storyId").asString()).isEqualTo(second);
        JsonNode mapping = json(me.get().uri("/api/stories/{id}/mapping", first).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(mapping.get("version").asInt()).isEqualTo(3);
        assertThat(mapping.get("evaluations")).hasSize(2);

        as("candidate-" + UUID.randomUUID(), "CANDIDATE").get().uri("/api/stories/{id}/mapping", first).exchange()
                .expectStatus().isNotFound();

        String markdown = me.get().uri("/api/stories/export?format=markdown").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/markdown")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(markdown).contains("## Billing export", "## Search launch",
                "Principles: **Name of " + OWNERSHIP + "** (lean hire, 3.4)");
        me.get().uri("/api/stories/export?format=pdf").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
    }

    @Test
    void theStorysEventStreamSaysWhenItsLatestVersionIsMappedAndOthersGetNotFound() throws Exception {
        String candidate = "candidate-" + UUID.randomUUID();
        WebTestClient me = as(candidate, "CANDIDATE");
        String id = save(me, "Streamed", TEXT);
        CountDownLatch connected = new CountDownLatch(1);
        CompletableFuture<List<JsonNode>> states = me.get().uri("/api/stories/{id}/events", id)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(SSE).getResponseBody()
                .filter(e -> "story-mapping".equals(e.event()))
                .map(e -> json(e.data()))
                .doOnNext(state -> connected.countDown())
                .takeUntil(state -> state.get("mapped").asBoolean())
                .collectList().timeout(Duration.ofSeconds(20)).toFuture();
        assertThat(connected.await(20, TimeUnit.SECONDS)).as("the stream's first state").isTrue();

        map(id, candidate, 1, 3.0, 2.0);

        List<JsonNode> seen = states.get(20, TimeUnit.SECONDS);
        assertThat(seen.get(0).get("mapped").asBoolean()).isFalse();
        assertThat(seen.get(seen.size() - 1).get("mapped").asBoolean()).isTrue();
        assertThat(seen).allSatisfy(state -> assertThat(state.get("version").asInt()).isEqualTo(1));
        as("candidate-" + UUID.randomUUID(), "CANDIDATE").get().uri("/api/stories/{id}/events", id)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isNotFound();
    }

    @Test
    void aCompanyLensMarksThePrinciplesItStressesAndThePlanPutsTheirGapsFirst() {
        WebTestClient me = as("candidate-" + UUID.randomUUID(), "CANDIDATE");
        JsonNode coverage = coverage(me, "Amazon");
        assertThat(principle(coverage, STANDARDS).get("stressed").asBoolean()).isTrue();
        assertThat(principle(coverage, OWNERSHIP).get("stressed").asBoolean()).isFalse();
        assertThat(principle(coverage(me, null), STANDARDS).get("stressed").asBoolean()).isFalse();

        JsonNode plan = json(me.get().uri("/api/candidates/me/plan?company=Amazon").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(plan.get("items")).extracting(i -> i.get("competencyId").asString() + ":" + i.get("action")
                .asString()).as("an empty bank: write a story, the stressed principle first")
                .containsExactly(STANDARDS + ":WRITE_STORY", OWNERSHIP + ":WRITE_STORY");
        assertThat(plan.get("items").get(0).get("reason").asString()).contains("Amazon stresses");
    }

    private String save(WebTestClient as, String title, String text) {
        return json(as.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "text", text)).exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
    }

    private void retell(WebTestClient as, String id, String text) {
        as.put().uri("/api/stories/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Billing export", "text", text)).exchange().expectStatus().isOk();
    }

    private static JsonNode coverage(WebTestClient as, String company) {
        return json(as.get().uri(b -> b.path("/api/stories/coverage").queryParamIfPresent("company",
                        java.util.Optional.ofNullable(company)).build())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private static JsonNode awaitCoverage(WebTestClient as, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonNode last = coverage(as, null);
        while (!done.test(last) && System.nanoTime() < deadline) {
            sleep(100);
            last = coverage(as, null);
        }
        assertThat(done.test(last)).as("coverage reached the expected state: %s", last).isTrue();
        return last;
    }

    private static JsonNode principle(JsonNode coverage, String competencyId) {
        for (JsonNode p : coverage.get("principles")) {
            if (p.get("competencyId").asString().equals(competencyId)) {
                return p;
            }
        }
        throw new AssertionError("no principle " + competencyId + " in " + coverage);
    }

    /** Plays the scorer: one version of a story, graded for both competencies the fake content service knows. */
    private static RecordMetadata map(String storyId, String owner, int version, double standards,
                                      double ownership) {
        StoryMapped mapped = new StoryMapped(storyId, owner, version, List.of(evaluation(STANDARDS, standards),
                evaluation(OWNERSHIP, ownership)), Instant.now());
        return publish(Topics.STORY_MAPPED, storyId, EventJson.write(mapped));
    }

    private static Evaluation evaluation(String competencyId, double overall) {
        return new Evaluation(competencyId, overall, Evaluation.Verdict.of(overall).name(), (int) (overall * 25),
                "SDE2", List.of(), List.of(), new Evaluation.Star(60, 25, List.of(), ""), null, "test mapping", null,
                null, 1, "test", new Evaluation.CompetencyFit(0.5, null, null, null), null);
    }

    /** Waits for version {@code version} of the story on {@code interview.story-saved}. */
    private static StorySaved saved(String storyId, int version) {
        List<StorySaved> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            // assigned, not subscribed: no group to join, so each look at the topic takes milliseconds
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.STORY_SAVED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline && found.isEmpty()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    StorySaved event = EventJson.read(r.value(), StorySaved.class);
                    if (storyId.equals(r.key()) && event.version() == version) {
                        found.add(event);
                    }
                }
            }
        }
        assertThat(found).as("version %s of story %s published", version, storyId).isNotEmpty();
        return found.get(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
