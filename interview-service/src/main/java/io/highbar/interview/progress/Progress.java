package io.highbar.interview.progress;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/candidates/me/progress}. */
public record Progress(int sessionsCompleted, int sessionsStarted, int answersEvaluated,
                       List<CompetencyProgress> competencies, List<WeakDimension> weakestDimensions) {

    public record CompetencyProgress(String competencyId, int answers, List<OverallPoint> overallTrend,
                                     List<DimensionProgress> dimensions) {
    }

    public record OverallPoint(Instant at, double overall, String answerId) {
    }

    public record DimensionProgress(String key, int latest, double average, List<ScorePoint> trend) {
    }

    public record ScorePoint(Instant at, int score) {
    }

    public record WeakDimension(String competencyId, String dimension, double average) {
    }
}
