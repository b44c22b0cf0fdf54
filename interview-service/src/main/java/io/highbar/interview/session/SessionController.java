package io.highbar.interview.session;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    public Mono<ResponseEntity<SessionView>> create(@RequestBody CreateSessionRequest request) {
        return sessions.create(request).map(s -> ResponseEntity.created(URI.create("/api/sessions/" + s.id()))
                .body(SessionView.of(s)));
    }

    @GetMapping("/{id}")
    public Mono<SessionView> get(@PathVariable String id) {
        return sessions.get(id).map(SessionView::of);
    }

    @PostMapping("/{id}/answers")
    public Mono<ResponseEntity<AnswerAccepted>> submit(@PathVariable String id, @RequestBody SubmitAnswerRequest request) {
        return sessions.submit(id, request).map(a -> ResponseEntity.status(HttpStatus.ACCEPTED).body(a));
    }
}
