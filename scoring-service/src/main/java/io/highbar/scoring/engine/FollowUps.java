package io.highbar.scoring.engine;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;

/** The follow-up a bar raiser asks next: the card's probe of the weakest dimension. */
final class FollowUps {

    private FollowUps() {
    }

    static Evaluation.FollowUp weakest(CompetencyCard card, double[] dims) {
        if (card.followUps() == null || card.followUps().isEmpty()) {
            return null;
        }
        CompetencyCard.FollowUpProbe best = null;
        double bestScore = Double.MAX_VALUE;
        for (CompetencyCard.FollowUpProbe f : card.followUps()) {
            double s = 3;
            for (int d = 0; d < card.signals().size() && d < dims.length; d++) {
                if (card.signals().get(d).key().equals(f.targets())) {
                    s = Math.round(dims[d] * 100) / 100.0;
                }
            }
            if (s < bestScore) {
                best = f;
                bestScore = s;
            }
        }
        return new Evaluation.FollowUp(best.question(), best.probes(), best.targets());
    }
}
