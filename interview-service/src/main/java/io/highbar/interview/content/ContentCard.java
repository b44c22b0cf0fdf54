package io.highbar.interview.content;

import java.util.List;
import java.util.Map;

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
}
