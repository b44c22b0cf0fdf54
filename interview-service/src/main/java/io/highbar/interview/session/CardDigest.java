package io.highbar.interview.session;

import java.util.List;
import java.util.Optional;

/**
 * What a session needs of a competency card, copied when the session starts so that choosing follow-ups and
 * building the report never call content-service (evaluations arrive from Kafka, without anyone's token).
 */
public record CardDigest(String competencyId, String name, List<Signal> signals, List<FollowUp> followUps) {

    public CardDigest {
        signals = List.copyOf(signals);
        followUps = List.copyOf(followUps);
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
