package io.highbar.interview.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.highbar.interview.content.ContentCard;

/**
 * What a session needs of a competency card, copied when the session starts so that choosing follow-ups and
 * building the report never call content-service (evaluations arrive from Kafka, without anyone's token).
 */
public record CardDigest(String competencyId, String name, List<Signal> signals, List<FollowUp> followUps) {

    public CardDigest {
        signals = List.copyOf(signals);
        followUps = List.copyOf(followUps);
    }

    /** The parts of {@code card} a session keeps; a signal the rubric gives no positive weight weighs 1.0. */
    public static CardDigest of(ContentCard card) {
        Map<String, ContentCard.SignalRule> rules = card.rubric() == null || card.rubric().signals() == null
                ? Map.of() : card.rubric().signals();
        return new CardDigest(card.id(), card.name(),
                (card.signals() == null ? List.<ContentCard.Signal>of() : card.signals()).stream()
                        .map(s -> new Signal(s.key(), s.title(),
                                rules.containsKey(s.key()) && rules.get(s.key()).weight() > 0
                                        ? rules.get(s.key()).weight() : 1.0))
                        .toList(),
                (card.followUps() == null ? List.<ContentCard.FollowUp>of() : card.followUps()).stream()
                        .filter(f -> f.question() != null && f.targets() != null)
                        .map(f -> new FollowUp(f.question(), f.probes(), f.targets()))
                        .toList());
    }

    /** @param weight the rubric's weight of the signal (1.0 when the rubric gives none) */
    public record Signal(String key, String title, double weight) {
    }

    /** @param targets the signal (dimension) key the follow-up digs into */
    public record FollowUp(String question, String probes, String targets) {
    }

    public double weight(String signalKey) {
        return signals.stream().filter(s -> s.key().equals(signalKey)).mapToDouble(Signal::weight).findFirst().orElse(1.0);
    }

    public Optional<Signal> signal(String key) {
        return signals.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
