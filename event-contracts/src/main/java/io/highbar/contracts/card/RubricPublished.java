package io.highbar.contracts.card;

import java.time.Instant;
import java.util.Objects;

/**
 * A card's rubric version was published. Key = competency id on a compacted topic, so the newest
 * version of every card is always readable from the beginning. Carries the whole card: the scorer
 * quotes its fixes, follow-ups and level bars.
 */
public record RubricPublished(String competencyId, int rubricVersion, CompetencyCard card, Instant publishedAt) {

    public static final String TYPE = "RubricPublished.v1";

    public RubricPublished {
        Objects.requireNonNull(competencyId, "competencyId");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
