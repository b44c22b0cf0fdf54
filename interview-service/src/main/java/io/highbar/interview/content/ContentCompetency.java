package io.highbar.interview.content;

/** One line of content-service's competency list ({@code GET /api/competencies}); the rest is ignored. */
public record ContentCompetency(String id, String name) {
}
