package io.highbar.interview.report;

import java.util.List;

import io.highbar.interview.session.SessionMode;
import io.highbar.interview.session.SessionStatus;

/** {@code GET /api/sessions/{id}/report}: what a bar raiser would write after the session. */
public record SessionReport(
        String sessionId,
        SessionMode mode,
        SessionStatus status,
        String candidateId,
        String company,
        String targetLevel,
        Double overall,
        String verdict,
        String levelReached,
        Boolean meetsTargetLevel,
        List<CompetencyResult> competencies,
        List<FlagFound> flags,
        List<PacingResult> pacing,
        List<FixNext> fixNext,
        int overTimeAnswers,
        int answers) {

    public record CompetencyResult(String competencyId, int answers, Double overall, Double score, String level,
                                   List<DimensionResult> dimensions) {
    }

    /** @param score mean effective score 0..2 over the questions of the competency */
    public record DimensionResult(String key, String title, double score, int attempts) {
    }

    public record FlagFound(String key, String title, String kind, String quote, String fix, String answerId,
                            String competencyId) {
    }

    public record PacingResult(String answerId, String competencyId, int estimatedSeconds, List<Segment> segments,
                               String advice) {
    }

    public record Segment(String part, double share, int estimatedSeconds) {
    }

    public record FixNext(String competencyId, String dimension, String flag, String why, String how) {
    }
}
