package io.highbar.interview.report;

import io.highbar.interview.security.Callers;
import io.highbar.interview.session.app.SessionService;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.SessionRuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/sessions/{id}/report}, for whoever may read the session. */
@RestController
public class ReportController {

    private final SessionService sessions;

    public ReportController(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/api/sessions/{id}/report")
    public Mono<SessionReport> report(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return sessions.get(Callers.of(token), id).map(s -> {
            if (!s.isFinal() && s.answers().stream().noneMatch(a -> a.isEvaluated())) {
                throw new SessionRuleViolation("Session " + id + " is " + s.status() + " and has no evaluated answer"
                        + " yet; the report exists once an answer is evaluated or the session has ended.");
            }
            return ReportBuilder.build(s);
        });
    }
}
