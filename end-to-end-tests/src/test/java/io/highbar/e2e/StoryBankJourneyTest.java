package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.highbar.contracts.EventJson;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import tools.jackson.databind.JsonNode;

/**
 * The story bank end to end with the real broker and scorer: stories saved through the gateway are mapped against
 * every principle, the matrix names each principle's best story, what else covers it and the gaps, and a retold
 * story is mapped again to its latest text; another candidate gets 404 on every story route, REST and SSE.
 */
class StoryBankJourneyTest {

    private static final Duration MAPPED_WITHIN = Duration.ofSeconds(5);

    @Test
    void savedStoriesAreMappedAgainstEveryPrincipleAndTheMatrixShowsBestStoriesAndGaps() {
        GatewayClient client = new GatewayClient(Platform.embedded().gatewayUrl(), "candidate2");
        WebClient web = client.web();
        deleteAll(web);
        // the first mapping after start-up also warms the scorer; the timed saves below are the steady state
        String warmUp = save(web, "Warm-up", SampleAnswers.STRONG);
        await(web, c -> c.get("pending").asInt() == 0, Duration.ofSeconds(60));
        delete(web, warmUp);

        long saving = System.nanoTime();
        String frugal = save(web, "Night shift cages", SampleStories.FRUGAL);
        String diveDeep = save(web, "Milk sales that did not drop", SampleStories.DIVE_DEEP);
        String mentoring = save(web, "Coaching Priya", SampleStories.MENTORING);
        JsonNode coverage = await(web, c -> c.get("stories").size() == 3 && c.get("pending").asInt() == 0,
                Duration.ofSeconds(60));
        Duration mapped = Duration.ofNanos(System.nanoTime() - saving);
        assertThat(mapped).as("three stories saved to all three mapped in the matrix").isLessThan(MAPPED_WITHIN);

        for (JsonNode story : coverage.get("stories")) {
            assertThat(story.get("cells")).as("one evaluation per principle").hasSize(16);
        }
        assertThat(storyRow(coverage, frugal).get("primary").asString()).isEqualTo("frugality");
        assertThat(storyRow(coverage, diveDeep).get("primary").asString()).isEqualTo("dive-deep");
        assertThat(storyRow(coverage, mentoring).get("primary").asString()).isEqualTo("hire-and-develop-the-best");
        assertThat(principle(coverage, "frugality").get("best").get("storyId").asString()).isEqualTo(frugal);
        assertThat(principle(coverage, "frugality").get("alsoCovers")).as("a pricing investigation saves nothing")
                .isEmpty();
        assertThat(principle(coverage, "dive-deep").get("best").get("storyId").asString()).isEqualTo(diveDeep);
        assertThat(principle(coverage, "hire-and-develop-the-best").get("best").get("storyId").asString())
                .isEqualTo(mentoring);
        assertThat(principle(coverage, "think-big").get("status").asString()).isEqualTo("GAP");

        web.put().uri("/api/stories/{id}", diveDeep).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Milk sales that did not drop", "text", SampleStories.DIVE_DEEP
                        + " The check has caught three more pricing mistakes since."))
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(20));
        JsonNode retold = await(web, c -> storyRow(c, diveDeep).get("version").asInt() == 2
                && storyRow(c, diveDeep).get("mapped").asBoolean(), Duration.ofSeconds(30));
        assertThat(storyRow(retold, diveDeep).get("cells")).hasSize(16);
        JsonNode mapping = json(web.get().uri("/api/stories/{id}/mapping", diveDeep).retrieve()
                .bodyToMono(String.class).block(Duration.ofSeconds(20)));
        assertThat(mapping.get("version").asInt()).isEqualTo(2);

        JsonNode plan = json(web.get().uri("/api/candidates/me/plan?company=Amazon").retrieve()
                .bodyToMono(String.class).block(Duration.ofSeconds(20)));
        assertThat(plan.get("items")).as("today's plan, through the gateway").hasSize(5)
                .allSatisfy(item -> assertThat(item.get("reason").asString()).isNotBlank());
        assertThat(plan.get("items").get(0).get("action").asString()).as("gaps first").isEqualTo("WRITE_STORY");

        WebClient other = new GatewayClient(Platform.embedded().gatewayUrl(), "candidate").web();
        for (String path : List.of("/api/stories/{id}", "/api/stories/{id}/mapping", "/api/stories/{id}/versions",
                "/api/stories/{id}/events")) {
            assertThat(status(other, path, frugal)).as(path).isEqualTo(404);
        }
        deleteAll(web);
    }

    private static String save(WebClient web, String title, String text) {
        return json(web.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "text", text)).retrieve().bodyToMono(String.class)
                .block(Duration.ofSeconds(20))).get("id").asString();
    }

    private static void delete(WebClient web, String id) {
        web.delete().uri("/api/stories/{id}", id).retrieve().toBodilessEntity().block(Duration.ofSeconds(20));
    }

    private static void deleteAll(WebClient web) {
        for (JsonNode story : json(web.get().uri("/api/stories").retrieve().bodyToMono(String.class)
                .block(Duration.ofSeconds(20)))) {
            delete(web, story.get("id").asString());
        }
    }

    private static int status(WebClient web, String path, String id) {
        try {
            web.get().uri(path, id).retrieve().toBodilessEntity().block(Duration.ofSeconds(20));
            return 200;
        } catch (WebClientResponseException e) {
            return e.getStatusCode().value();
        }
    }

    private static JsonNode await(WebClient web, Predicate<JsonNode> done, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        JsonNode last;
        do {
            last = json(web.get().uri("/api/stories/coverage").retrieve().bodyToMono(String.class)
                    .block(Duration.ofSeconds(20)));
            if (done.test(last)) {
                return last;
            }
            sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the matrix did not reach the expected state: " + last);
    }

    private static JsonNode storyRow(JsonNode coverage, String storyId) {
        for (JsonNode s : coverage.get("stories")) {
            if (s.get("storyId").asString().equals(storyId)) {
                return s;
            }
        }
        throw new AssertionError("no story " + storyId + " in " + coverage);
    }

    private static JsonNode principle(JsonNode coverage, String competencyId) {
        for (JsonNode p : coverage.get("principles")) {
            if (p.get("competencyId").asString().equals(competencyId)) {
                return p;
            }
        }
        throw new AssertionError("no principle " + competencyId + " in " + coverage);
    }

    private static JsonNode json(String text) {
        return EventJson.mapper().readTree(text);
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
