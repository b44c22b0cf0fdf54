package io.highbar.interview.content;

import java.util.List;
import java.util.Map;

import io.highbar.interview.session.CardDigest;

/** The parts of a competency card ({@code GET /api/competencies/{id}}) a session keeps; the rest is ignored. */
public record ContentCard(String id, String name, List<Signal> signals, List<FollowUp> followUps, Rubric rubric) {

    public record Signal(String key, String title) {
    }

    public record FollowUp(String question, String probes, String targets) {
    }

    public record Rubric(Map<String, SignalRule> signals) {
    }

    public record SignalRule(double weight) {
    }

    public CardDigest digest() {
        Map<String, SignalRule> rules = rubric == null || rubric.signals() == null ? Map.of() : rubric.signals();
        return new CardDigest(id, name,
                (signals == null ? List.<Signal>of() : signals).stream()
                        .map(s -> new CardDigest.Signal(s.key(), s.title(),
                                rules.containsKey(s.key()) && rules.get(s.key()).weight() > 0
                                        ? rules.get(s.key()).weight() : 1.0))
                        .toList(),
                (followUps == null ? List.<FollowUp>of() : followUps).stream()
                        .filter(f -> f.question() != null && f.targets() != null)
                        .map(f -> new CardDigest.FollowUp(f.question(), f.probes(), f.targets()))
                        .toList());
    }
}
