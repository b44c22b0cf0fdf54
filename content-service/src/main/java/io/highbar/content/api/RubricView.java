package io.highbar.content.api;

import io.highbar.contracts.card.Rubric;

/** @param version the rubric's own version ({@code rubric.version}) */
public record RubricView(String competencyId, int version, Rubric rubric) {
}
