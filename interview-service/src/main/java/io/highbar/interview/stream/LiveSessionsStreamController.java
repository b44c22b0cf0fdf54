package io.highbar.interview.stream;

import io.highbar.interview.security.Callers;
import io.highbar.interview.session.api.SessionSummary;
import io.highbar.interview.session.app.SessionAccessDenied;
import io.highbar.interview.session.app.SessionService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.highbar.contracts.EventJson;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionEvent;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/sessions/live/events}: one stream of what happens in every session the caller (an interviewer or
 * an admin) may watch, fed by the same change notices as the per-session streams, so it sees changes made through
 * any instance. No replay: a client that reconnects re-reads {@code GET /api/sessions?status=live}.
 * <p>
 * A connection keeps only the set of sessions changed since it last wrote (at most one read of each pending) and
 * the last seq it delivered per session, so a client that stops reading costs a bounded amount and holds no one back.
 */
@RestController
public class LiveSessionsStreamController {

    static final String SESSION_STARTED = "session-started";

    private final SessionService sessions;
    private final SessionChangeBus bus;
    private final OpenStreams streams;

    public LiveSessionsStreamController(SessionService sessions, SessionChangeBus bus, OpenStreams streams) {
        this.sessions = sessions;
        this.bus = bus;
        this.streams = streams;
    }

    @GetMapping(path = "/api/sessions/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Mono<ResponseEntity<Flux<ServerSentEvent<String>>>> stream(@AuthenticationPrincipal Jwt token) {
        Caller caller = Callers.of(token);
        if (!caller.isAdmin() && !caller.isInterviewer()) {
            return Mono.error(new SessionAccessDenied("The stream of all live sessions is for interviewers and admins;"
                    + " watch your own session at GET /api/sessions/{id}/events."));
        }
        return Mono.just(streams.open(caller.subject(), events(caller)));
    }

    private Flux<ServerSentEvent<String>> events(Caller caller) {
        Instant connectedAt = Instant.now();
        Set<String> pending = ConcurrentHashMap.newKeySet();
        Map<String, Long> delivered = new ConcurrentHashMap<>();
        // a notice only marks its session pending; one tick stands for all of them, however many piled up
        Flux<Boolean> ticks = bus.changes().filter(pending::add).map(id -> Boolean.TRUE).onBackpressureLatest();
        return ticks.concatMap(tick -> {
            List<String> ids = new ArrayList<>(pending);
            pending.removeAll(ids);
            return Flux.fromIterable(ids)
                    .concatMap(id -> sessions.read(id).onErrorResume(e -> Mono.empty()))
                    .filter(caller::canSee)
                    .concatMapIterable(s -> newEvents(s, delivered, connectedAt));
        }, 1);
    }

    private static List<ServerSentEvent<String>> newEvents(Session session, Map<String, Long> delivered,
                                                           Instant connectedAt) {
        List<ServerSentEvent<String>> out = new ArrayList<>();
        Long last = delivered.get(session.id());
        if (last == null) {
            // first sight on this connection: created or shared since it connected, or first activity since
            out.add(envelope(SESSION_STARTED, session, session.lastEventSeq(),
                    EventJson.mapper().valueToTree(SessionSummary.of(session))));
        }
        for (SessionEvent e : session.eventsAfter(0)) {
            boolean fresh = last == null ? !e.at().isBefore(connectedAt) : e.seq() > last;
            if (fresh) {
                out.add(envelope(e.type(), session, e.seq(), e.data()));
            }
        }
        if (session.isFinal()) {
            delivered.remove(session.id());
        } else {
            delivered.put(session.id(), session.lastEventSeq());
        }
        return out;
    }

    private static ServerSentEvent<String> envelope(String type, Session session, long seq, Object data) {
        return ServerSentEvent.<String>builder()
                .event(type)
                .data(EventJson.write(new Envelope(session.id(), seq, session.candidateId(), data)))
                .build();
    }

    record Envelope(String sessionId, long seq, String candidateId, Object data) {
    }
}
