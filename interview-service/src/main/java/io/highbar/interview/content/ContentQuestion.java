package io.highbar.interview.content;

/** A question as content-service serves it ({@code GET /api/competencies/{id}/questions}). */
public record ContentQuestion(String id, String competencyId, String kind, String text, String targets) {
}
