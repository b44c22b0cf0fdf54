package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A candidate's story bank: saved, listed newest first, edited into new versions (old ones kept), deleted; private
 * to its owner on every route, readable by an interviewer the bank is shared with and by admins, never editable by
 * them; every field validated, and the bank bounded.
 */
class StoryBankTest extends InterviewServiceTestBase {

    private static final String TEXT = "Our nightly billing export failed silently and nobody owned it. I traced it to a"
            + " timezone bug, fixed the job, added an alert and a runbook; we have missed no export in six months.";

    private Map<?, ?> save(WebTestClient as, String title) {
        return as.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "text", TEXT, "tags", List.of("ops", "billing"), "role", "SRE",
                        "when", "2024"))
                .exchange().expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).startsWith("/api/stories/"))
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient as(String subject, String role) {
        return http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, bearer(subject, role)).build();
    }

    @Test
    void aStoryIsSavedListedEditedIntoANewVersionAndDeleted() {
        Map<?, ?> first = save(http, "Billing export");
        Map<?, ?> second = save(http, "Search launch");
        assertThat(first.get("version")).isEqualTo(1);
        assertThat(first.get("tags")).isEqualTo(List.of("ops", "billing"));

        List<Object> listed = http.get().uri("/api/stories").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream().map(s -> s.get("id")).toList();
        assertThat(listed).containsExactly(second.get("id"), first.get("id"));

        Map<?, ?> edited = http.put().uri("/api/stories/{id}", first.get("id")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Billing export", "text", TEXT + " I also wrote the postmortem."))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(edited.get("version")).isEqualTo(2);
        Map<?, ?> retagged = http.put().uri("/api/stories/{id}", first.get("id")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Billing export", "text", TEXT + " I also wrote the postmortem.",
                        "tags", List.of("ownership")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(retagged.get("version")).as("tags alone make no new version of the story").isEqualTo(2);

        List<Map> versions = http.get().uri("/api/stories/{id}/versions", first.get("id")).exchange()
                .expectStatus().isOk().expectBodyList(Map.class).returnResult().getResponseBody();
        assertThat(versions.stream().map(v -> v.get("version")).toList()).containsExactly(2, 1);
        assertThat(versions.get(1).get("text")).isEqualTo(TEXT);

        http.delete().uri("/api/stories/{id}", first.get("id")).exchange().expectStatus().isNoContent();
        http.get().uri("/api/stories/{id}", first.get("id")).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anotherCandidatesStoryIsNotFoundOnEveryRouteAndASharedInterviewerReadsButNeverEdits() {
        String id = save(http, "Billing export").get("id").toString();
        WebTestClient other = as("candidate-" + UUID.randomUUID(), "CANDIDATE");
        String interviewerName = "interviewer-" + UUID.randomUUID();
        WebTestClient interviewer = as(interviewerName, "INTERVIEWER");

        other.get().uri("/api/stories/{id}", id).exchange().expectStatus().isNotFound();
        other.get().uri("/api/stories/{id}/versions", id).exchange().expectStatus().isNotFound();
        other.put().uri("/api/stories/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Mine now", "text", TEXT)).exchange().expectStatus().isNotFound();
        other.delete().uri("/api/stories/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(other.get().uri("/api/stories").exchange().expectBodyList(Map.class).returnResult()
                .getResponseBody()).isEmpty();
        interviewer.get().uri("/api/stories/{id}", id).exchange().expectStatus().isNotFound();

        http.post().uri("/api/stories/share").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", interviewerName)).exchange().expectStatus().isNoContent();

        interviewer.get().uri("/api/stories/{id}", id).exchange().expectStatus().isOk();
        interviewer.get().uri("/api/stories/{id}/versions", id).exchange().expectStatus().isOk();
        interviewer.put().uri("/api/stories/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "Edited", "text", TEXT)).exchange().expectStatus().isForbidden();
        interviewer.delete().uri("/api/stories/{id}", id).exchange().expectStatus().isForbidden();
        as("admin-" + UUID.randomUUID(), "ADMIN").get().uri("/api/stories/{id}", id).exchange().expectStatus().isOk();
        http.get().uri("/api/stories/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Billing export");
    }

    @Test
    void everyBrokenFieldIsListedAndTheBankHoldsAtMostAHundredStories() {
        http.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", " ", "text", "x".repeat(20_001), "tags", List.of("t".repeat(41))))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'title')].message").value(m -> assertThat(m.toString()).contains("empty"))
                .jsonPath("$.errors[?(@.field == 'text')].message").value(m -> assertThat(m.toString()).contains("20,000"))
                .jsonPath("$.errors[?(@.field == 'tags')]").exists();

        for (int i = 0; i < 100; i++) {
            save(http, "Story " + i);
        }
        http.post().uri("/api/stories").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "One too many", "text", TEXT))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("100 stories"));
    }
}
