package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.highbar.contracts.answer.AnswerSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Practice from the bank: a DRILL started from a story has the story's text as its first answer, published for
 * scoring like any answer; only the story's owner starts one, and only as a DRILL.
 */
class StoryDrillTest extends InterviewServiceTestBase {

    private static final String TEXT = "Our nightly billing export failed silently and nobody owned it. I traced it to a"
            + " timezone bug, fixed the job, added an alert and a runbook; we have missed no export in six months.";

    @Test
    void aDrillFromAStoryStartsWithTheStoryAsItsFirstAnswer() {
        String candidate = "candidate-" + UUID.randomUUID();
        WebTestClient me = as(candidate, "CANDIDATE");
        String storyId = save(me);

        JsonNode session = json(me.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mode", "DRILL", "competencyId", FakeContentService.COMPETENCY, "storyId", storyId))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());

        assertThat(session.get("mode").asString()).isEqualTo("DRILL");
        assertThat(session.get("answers")).singleElement().satisfies(a -> {
            assertThat(a.get("text").asString()).isEqualTo(TEXT);
            assertThat(a.get("status").asString()).isEqualTo("AWAITING_EVALUATION");
        });
        List<AnswerSubmitted> published = publishedAnswers(session.get("id").asString(), 1, Duration.ofSeconds(15));
        assertThat(published).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo(TEXT);
            assertThat(a.competencyId()).isEqualTo(FakeContentService.COMPETENCY);
        });
    }

    @Test
    void onlyTheOwnerStartsOneAndOnlyAsADrill() {
        WebTestClient me = as("candidate-" + UUID.randomUUID(), "CANDIDATE");
        String storyId = save(me);

        as("candidate-" + UUID.randomUUID(), "CANDIDATE").post().uri("/api/sessions")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mode", "DRILL", "competencyId", FakeContentService.COMPETENCY, "storyId", storyId))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        me.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mode", "MOCK", "competencyId", FakeContentService.COMPETENCY, "storyId", storyId))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("mode");
    }

    private static String save(WebTestClient as) {
        return json(as.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Billing export", "text", TEXT)).exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody()).get("id").asString();
    }
}
