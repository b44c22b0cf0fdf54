package io.highbar.interview.session.api;

import io.highbar.interview.security.Callers;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.Note;
import io.highbar.interview.session.ScoreOverride;
import io.highbar.interview.session.app.AnswerAccepted;
import io.highbar.interview.session.app.CreateSessionRequest;
import io.highbar.interview.session.app.NoteRequest;
import io.highbar.interview.session.app.OverrideRequest;
import io.highbar.interview.session.app.SessionService;
import io.highbar.interview.session.app.StoryDrills;
import io.highbar.interview.session.app.ShareRequest;
import io.highbar.interview.session.app.SubmitAnswerRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/sessions")
public class SessionController {

    private final SessionService sessions;

    private final StoryDrills storyDrills;

    public SessionController(SessionService sessions, StoryDrills storyDrills) {
        this.sessions = sessions;
        this.storyDrills = storyDrills;
    }

    @PostMapping
    public Mono<ResponseEntity<SessionView>> create(@AuthenticationPrincipal Jwt token,
                                                    @RequestBody CreateSessionRequest request) {
        Caller caller = Callers.of(token);
        Mono<Session> created = request != null && request.storyId() != null && !request.storyId().isBlank()
                ? storyDrills.start(caller, request) : sessions.create(caller, request);
        return created
                .map(s -> ResponseEntity.created(URI.create("/api/sessions/" + s.id()))
                .body(SessionView.of(s, caller)));
    }

    @GetMapping
    public Flux<SessionSummary> list(@AuthenticationPrincipal Jwt token,
                                     @RequestParam(name = "status", required = false) String status) {
        return sessions.list(Callers.of(token), status).map(SessionSummary::of);
    }

    @GetMapping("/{id}")
    public Mono<SessionView> get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        Caller caller = Callers.of(token);
        return sessions.get(caller, id).map(s -> SessionView.of(s, caller));
    }

    @PostMapping("/{id}/answers")
    public Mono<ResponseEntity<AnswerAccepted>> submit(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                                                       @RequestBody SubmitAnswerRequest request) {
        return sessions.submit(Callers.of(token), id, request)
                .map(a -> ResponseEntity.status(HttpStatus.ACCEPTED).body(a));
    }

    @PostMapping("/{id}/complete")
    public Mono<SessionView> complete(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        Caller caller = Callers.of(token);
        return sessions.complete(caller, id).map(s -> SessionView.of(s, caller));
    }

    @PostMapping("/{id}/abandon")
    public Mono<SessionView> abandon(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        Caller caller = Callers.of(token);
        return sessions.abandon(caller, id).map(s -> SessionView.of(s, caller));
    }

    @PostMapping("/{id}/interviewers")
    public Mono<SessionView> share(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                                   @RequestBody ShareRequest request) {
        Caller caller = Callers.of(token);
        return sessions.share(caller, id, request).map(s -> SessionView.of(s, caller));
    }

    @PostMapping("/{id}/notes")
    public Mono<ResponseEntity<Note>> addNote(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                                              @RequestBody NoteRequest request) {
        return sessions.addNote(Callers.of(token), id, request)
                .map(n -> ResponseEntity.status(HttpStatus.CREATED).body(n));
    }

    @PostMapping("/{id}/answers/{answerId}/overrides")
    public Mono<ResponseEntity<ScoreOverride>> override(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                                                        @PathVariable String answerId,
                                                        @RequestBody OverrideRequest request) {
        return sessions.override(Callers.of(token), id, answerId, request)
                .map(o -> ResponseEntity.status(HttpStatus.CREATED).body(o));
    }
}
