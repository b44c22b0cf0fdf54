package io.highbar.interview.story;

import java.time.Instant;
import java.util.List;

import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.story.StoryMapped;

/**
 * The scorer's reading of one version of a story against every principle: one evaluation per competency.
 *
 * @param id story id/version, so a redelivered mapping rewrites its own document and an older version's mapping
 *           never stands in for the current one
 */
public record StoryMapping(String id, String storyId, String ownerId, int version, List<Evaluation> evaluations,
                           Instant mappedAt) {

    public StoryMapping {
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    static StoryMapping of(StoryMapped mapped) {
        return new StoryMapping(idOf(mapped.storyId(), mapped.version()), mapped.storyId(), mapped.ownerId(),
                mapped.version(), mapped.evaluations(), mapped.mappedAt());
    }

    static String idOf(String storyId, int version) {
        return storyId + "/" + version;
    }
}
