package io.highbar.content.api;

import io.highbar.contracts.card.CompetencyCard;

/** One line of the competency list: enough to choose a card without loading it. */
public record CompetencySummary(String id, String name, String company, String tagline, String definition,
                                String coreSignal, int version, int questionCount) {

    static CompetencySummary of(CompetencyCard card) {
        int questionCount = card.triggers().direct().size() + card.triggers().indirect().size() + card.followUps().size();
        return new CompetencySummary(card.id(), card.name(), card.company(), card.tagline(), card.definition(),
                card.coreSignal(), card.version(), questionCount);
    }
}
