package io.highbar.interview.stream;

import io.highbar.interview.security.Callers;
import io.highbar.interview.session.app.SessionService;
import io.highbar.interview.validation.InvalidRequest.FieldProblem;
import io.highbar.interview.validation.InvalidRequest;
import java.util.concurrent.atomic.AtomicLong;

import io.highbar.interview.session.Caller;
import io.highbar.interview.session.SessionEvent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/sessions/{id}/events}: the session's events as Server-Sent Events. A client that
 * reconnects with {@code Last-Event-ID} first gets what it missed, then live events, never one twice. Only who may
 * read the session may watch it (else 404), and each user holds at most a few streams at once (else 429).
 */
@RestController
public class SessionStreamController {

    private static final String INITIAL_READ = "";

    private final SessionService sessions;
    private final SessionChangeBus bus;
    private final OpenStreams streams;

    public SessionStreamController(SessionService sessions, SessionChangeBus bus, OpenStreams streams) {
        this.sessions = sessions;
        this.bus = bus;
        this.streams = streams;
    }

    @GetMapping(path = "/api/sessions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Mono<ResponseEntity<Flux<ServerSentEvent<String>>>> stream(@AuthenticationPrincipal Jwt token,
            @PathVariable String id, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        long after = parseLastEventId(lastEventId);
        Caller caller = Callers.of(token);
        return sessions.get(caller, id)
                .map(found -> streams.open(caller.subject(), events(id, after, !caller.judges(found))));
    }

    private Flux<ServerSentEvent<String>> events(String sessionId, long after, boolean candidateView) {
        AtomicLong delivered = new AtomicLong(after);
        // Subscribing to changes and reading the log happen together: a change made after the initial
        // read triggers another read, so nothing falls between them. Notices that pile up while a slow
        // client is not reading collapse into one read of everything after the last delivered event, always from
        // the log itself: a notice only says that there is something to read.
        Flux<String> triggers = Flux.merge(
                Flux.just(INITIAL_READ),
                bus.changesOf(sessionId));
        return triggers
                .concatMap(trigger -> sessions.eventsAfter(sessionId, delivered.get()), 1)
                .filter(e -> e.seq() > delivered.get())
                .doOnNext(e -> delivered.set(e.seq()))
                // the candidate never sees notes interviewers kept among themselves (their seq is a gap)
                .filter(e -> !candidateView || !e.isPrivateNote())
                .map(SessionStreamController::toSse);
    }


    private static ServerSentEvent<String> toSse(SessionEvent event) {
        return ServerSentEvent.<String>builder()
                .id(Long.toString(event.seq()))
                .event(event.type())
                .data(event.data().toString())
                .build();
    }

    static long parseLastEventId(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequest(java.util.List.of(new FieldProblem("Last-Event-ID",
                    "must be the id of an event this stream sent (a number), got '" + lastEventId + "'")));
        }
    }
}
