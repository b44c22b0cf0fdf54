package io.highbar.scoring.engine;

import io.highbar.contracts.card.CompetencyCard;

/** What a dimension's score means for the candidate, in the card's own words. */
final class Feedback {

    private Feedback() {
    }

    static String of(CompetencyCard.Signal s, int score, String lensSignal) {
        StringBuilder b = new StringBuilder();
        if (score == 0) {
            b.append("Not shown: ").append(s.description());
            if (s.commonMiss() != null) {
                b.append(" Common miss: \"").append(s.commonMiss()).append("\".");
            }
        } else if (score == 1) {
            b.append("Present but thin: ").append(s.whyItMatters())
                    .append(" Back it with a concrete, specific example of what you did.");
        } else {
            b.append("Clearly shown: ").append(s.whyItMatters());
        }
        if (lensSignal != null && score < 2) {
            b.append(' ').append(lensSignal);
        }
        return b.toString();
    }
}
