package io.highbar.interview.session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.highbar.contracts.evaluation.Evaluation.DimensionScore;

/**
 * Which follow-up an interviewer asks next: the card's follow-up that targets the weakest dimension of the last
 * evaluation; if that dimension has no follow-up left unused in the session, the next-weakest, and so on.
 * Ties go to the dimension the rubric weighs more, then to the card's order of dimensions in the evaluation.
 */
final class FollowUpChoice {

    private FollowUpChoice() {
    }

    static Optional<CardDigest.FollowUp> weakest(CardDigest card, List<DimensionScore> dimensions, Set<String> used) {
        List<DimensionScore> byWeakness = IntStream.range(0, dimensions.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> dimensions.get(i).score())
                        .thenComparing(i -> -card.weight(dimensions.get(i).key()))
                        .thenComparingInt(i -> i))
                .map(dimensions::get).toList();
        for (DimensionScore dimension : byWeakness) {
            for (CardDigest.FollowUp followUp : card.followUps()) {
                if (dimension.key().equals(followUp.targets())
                        && !used.contains(probeKey(card.competencyId(), followUp))) {
                    return Optional.of(followUp);
                }
            }
        }
        return Optional.empty();
    }

    static String probeKey(String competencyId, CardDigest.FollowUp followUp) {
        return competencyId + "|" + followUp.question();
    }
}
