package io.highbar.interview.progress;

import io.highbar.interview.security.Callers;
import io.highbar.interview.session.app.SessionService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.interview.progress.Progress.CompetencyProgress;
import io.highbar.interview.progress.Progress.DimensionProgress;
import io.highbar.interview.progress.Progress.OverallPoint;
import io.highbar.interview.progress.Progress.ScorePoint;
import io.highbar.interview.progress.Progress.WeakDimension;
import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The caller's progress over their most recent sessions: per competency and dimension, effective scores (after
 * interviewers' overrides) in the order they were evaluated.
 */
@RestController
public class ProgressController {

    /** Progress reads at most this many recent sessions, so one request stays cheap. */
    static final int MAX_SESSIONS = 200;

    private final SessionService sessions;

    public ProgressController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/api/candidates/me/progress")
    public Mono<Progress> progress(@AuthenticationPrincipal Jwt token) {
        return sessions.ownSessions(Callers.of(token), MAX_SESSIONS).collectList().map(ProgressController::of);
    }

    static Progress of(List<Session> sessions) {
        List<Answer> evaluated = sessions.stream().flatMap(s -> s.answers().stream()).filter(Answer::isGraded)
                .sorted(Comparator.comparing(Answer::evaluatedAt)).toList();
        Map<String, List<Answer>> byCompetency = new LinkedHashMap<>();
        evaluated.forEach(a -> byCompetency.computeIfAbsent(a.competencyId(), k -> new ArrayList<>()).add(a));
        List<CompetencyProgress> competencies = new ArrayList<>();
        List<WeakDimension> all = new ArrayList<>();
        byCompetency.forEach((competencyId, answers) -> {
            List<OverallPoint> overall = answers.stream()
                    .map(a -> new OverallPoint(a.evaluatedAt(), a.evaluation().overall(), a.answerId())).toList();
            Map<String, List<ScorePoint>> trends = new LinkedHashMap<>();
            answers.forEach(a -> a.effectiveScores().forEach((key, score) -> trends
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(new ScorePoint(a.evaluatedAt(), score))));
            List<DimensionProgress> dimensions = new ArrayList<>();
            trends.forEach((key, trend) -> {
                double average = round(trend.stream().mapToInt(ScorePoint::score).average().orElse(0));
                dimensions.add(new DimensionProgress(key, trend.get(trend.size() - 1).score(), average, trend));
                all.add(new WeakDimension(competencyId, key, average));
            });
            competencies.add(new CompetencyProgress(competencyId, answers.size(), overall, dimensions));
        });
        List<WeakDimension> weakest = all.stream().sorted(Comparator.comparingDouble(WeakDimension::average)).limit(3)
                .toList();
        int completed = (int) sessions.stream().filter(s -> s.status() == SessionStatus.COMPLETED).count();
        return new Progress(completed, sessions.size(), evaluated.size(), competencies, weakest);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
