package io.highbar.interview.calibration;

import io.highbar.interview.security.Callers;
import io.highbar.interview.session.app.SessionAccessDenied;
import io.highbar.interview.session.store.SessionStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.EventJson;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.ScoreOverride;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code GET /api/calibration} (admins): per dimension, how often and how far people moved the machine's score. */
@RestController
public class CalibrationController {

    private final CalibrationStore store;
    private final SessionStore sessions;

    public CalibrationController(CalibrationStore store, SessionStore sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    public record DimensionCalibration(String competencyId, String dimension, int overrides, int raised, int lowered,
                                       double meanDelta, double meanAbsDelta) {
    }

    public record Calibration(int overrides, List<DimensionCalibration> dimensions) {
    }

    @GetMapping("/api/calibration")
    public Mono<Calibration> calibration(@AuthenticationPrincipal Jwt token) {
        if (!Callers.of(token).isAdmin()) {
            return Mono.error(new SessionAccessDenied("Calibration is for admins only."));
        }
        return store.all().collectList().map(CalibrationController::summarise);
    }

    /**
     * {@code GET /api/calibration/export} (admins): every overridden answer as a labelled corpus record, one JSON
     * object per line, for the scoring trainer ({@code train ... overrides.jsonl}).
     */
    @GetMapping(value = "/api/calibration/export", produces = "application/x-ndjson")
    public Flux<String> export(@AuthenticationPrincipal Jwt token) {
        if (!Callers.of(token).isAdmin()) {
            return Flux.error(new SessionAccessDenied("The calibration export is for admins only."));
        }
        return store.all().collectList().flatMapMany(overrides -> {
            Map<String, List<ScoreOverride>> bySession = new LinkedHashMap<>();
            overrides.forEach(o -> bySession.computeIfAbsent(o.sessionId(), k -> new ArrayList<>()).add(o));
            return Flux.fromIterable(bySession.entrySet()).concatMap(e -> sessions.find(e.getKey())
                    .flatMapIterable(session -> CorpusExport.of(session, e.getValue())));
        }).map(answer -> EventJson.write(answer) + "\n");
    }

    static Calibration summarise(List<ScoreOverride> overrides) {
        Map<String, List<ScoreOverride>> byDimension = new LinkedHashMap<>();
        overrides.forEach(o -> byDimension.computeIfAbsent(o.competencyId() + "|" + o.dimension(),
                k -> new ArrayList<>()).add(o));
        List<DimensionCalibration> dimensions = new ArrayList<>();
        byDimension.values().forEach(list -> {
            int raised = (int) list.stream().filter(o -> o.score() > o.machineScore()).count();
            int lowered = (int) list.stream().filter(o -> o.score() < o.machineScore()).count();
            double mean = list.stream().mapToInt(o -> o.score() - o.machineScore()).average().orElse(0);
            double meanAbs = list.stream().mapToInt(o -> Math.abs(o.score() - o.machineScore())).average().orElse(0);
            ScoreOverride first = list.get(0);
            dimensions.add(new DimensionCalibration(first.competencyId(), first.dimension(), list.size(), raised,
                    lowered, round(mean), round(meanAbs)));
        });
        dimensions.sort(Comparator.comparingInt(DimensionCalibration::overrides).reversed()
                .thenComparing(DimensionCalibration::competencyId).thenComparing(DimensionCalibration::dimension));
        return new Calibration(overrides.size(), dimensions);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
