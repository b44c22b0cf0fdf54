package io.highbar.contracts.story;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.highbar.contracts.evaluation.Evaluation;

/**
 * The scorer read one version of a story against every principle it knows: one evaluation per competency (overall,
 * verdict, level, dimensions with evidence, flags and the fit judgement). Keyed by story id; idempotent by
 * {@code storyId} and {@code version}: the same version always maps the same way.
 */
public record StoryMapped(String storyId, String ownerId, int version, List<Evaluation> evaluations,
                          Instant mappedAt) {

    public static final String TYPE = "StoryMapped.v1";

    public StoryMapped {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(mappedAt, "mappedAt");
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }
}
