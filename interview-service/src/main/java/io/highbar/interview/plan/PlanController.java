package io.highbar.interview.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.interview.security.Callers;
import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.app.SessionService;
import io.highbar.interview.story.StoryService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/candidates/me/plan?company=}: what to practise today, from the story matrix and past practice. */
@RestController
public class PlanController {

    /** The plan reads at most this many recent sessions, as progress does. */
    static final int MAX_SESSIONS = 200;

    private final StoryService stories;
    private final SessionService sessions;
    private final Clock clock;

    public PlanController(StoryService stories, SessionService sessions, Clock clock) {
        this.stories = stories;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/api/candidates/me/plan")
    public Mono<PracticePlan> plan(@AuthenticationPrincipal Jwt token,
                                   @RequestParam(required = false) String company) {
        Caller caller = Callers.of(token);
        String lens = company == null || company.isBlank() ? null : company.strip();
        return Mono.zip(stories.coverage(caller, lens),
                        sessions.ownSessions(caller, MAX_SESSIONS).collectList().map(PlanController::practice))
                .map(t -> PlanBuilder.build(lens, LocalDate.now(clock.withZone(ZoneOffset.UTC)), t.getT1(),
                        t.getT2()));
    }

    /** Each competency's graded answers, oldest first. */
    static Map<String, List<PlanBuilder.Practice>> practice(List<Session> sessions) {
        Map<String, List<PlanBuilder.Practice>> out = new LinkedHashMap<>();
        sessions.stream().flatMap(s -> s.answers().stream()).filter(Answer::isGraded)
                .sorted(Comparator.comparing(Answer::evaluatedAt))
                .forEach(a -> out.computeIfAbsent(a.competencyId(), k -> new ArrayList<>())
                        .add(new PlanBuilder.Practice(a.evaluatedAt(), a.evaluation().overall())));
        return out;
    }
}
