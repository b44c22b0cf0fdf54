package io.highbar.scoring.engine;

import java.util.Collection;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.learn.Fit;

/** The competency-fit judgement as the candidate reads it, with the card's own do-not-confuse-with distinction. */
final class Fits {

    private Fits() {
    }

    static Evaluation.CompetencyFit of(CompetencyCard card, Fit fit, boolean offPrinciple,
                                       Collection<CardIndex> library) {
        double relevance = Math.round(fit.relevance() * 1000) / 1000.0;
        if (fit.better() == null || !offPrinciple) {
            return new Evaluation.CompetencyFit(relevance, null, null, null);
        }
        String betterName = fit.better();
        for (CardIndex other : library) {
            if (other.card().id().equals(fit.better())) {
                betterName = other.card().name();
            }
        }
        StringBuilder message = new StringBuilder("This story shows ").append(betterName).append(" more than ")
                .append(card.name()).append('.');
        String distinction = distinction(card, fit.better());
        if (distinction != null) {
            message.append(' ').append(distinction);
        } else {
            message.append(" Tell a story where ").append(card.name()).append(" is what carries it.");
        }
        return new Evaluation.CompetencyFit(relevance, fit.better(), betterName, message.toString());
    }

    private static String distinction(CompetencyCard card, String other) {
        if (card.confusedWith() == null) {
            return null;
        }
        for (CompetencyCard.ConfusedWith c : card.confusedWith()) {
            if (other.equals(c.competencyId())) {
                return c.distinction();
            }
        }
        return null;
    }
}
