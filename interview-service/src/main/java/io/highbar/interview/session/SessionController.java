package io.highbar.interview.session;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/sessions")
public class SessionController {

    private final SessionService sessions;

    public SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @PostMapping
    public Mono<ResponseEntity<SessionView>> create(@AuthenticationPrincipal Jwt token,
                                                    @RequestBody CreateSessionRequest request) {
        return sessions.create(Caller.of(token), request)
                .map(s -> ResponseEntity.created(URI.create("/api/sessions/" + s.id()))
                .body(SessionView.of(s)));
    }

    @GetMapping("/{id}")
    public Mono<SessionView> get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return sessions.get(Caller.of(token), id).map(SessionView::of);
    }

    @PostMapping("/{id}/answers")
    public Mono<ResponseEntity<AnswerAccepted>> submit(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                                                       @RequestBody SubmitAnswerRequest request) {
        return sessions.submit(Caller.of(token), id, request)
                .map(a -> ResponseEntity.status(HttpStatus.ACCEPTED).body(a));
    }

    @PostMapping("/{id}/interviewers")
    public Mono<SessionView> share(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                                   @RequestBody ShareRequest request) {
        return sessions.share(Caller.of(token), id, request).map(SessionView::of);
    }
}
