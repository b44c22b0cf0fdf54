package io.highbar.interview.stream;

import io.highbar.interview.session.app.SessionService;
import io.highbar.interview.session.store.SessionChanged;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.highbar.interview.session.Session;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One copy of a session per change for all the streams of this instance: every subscriber of a session used to
 * read (and decode) the whole document on each change, so each extra subscriber, stalled or not, cost a full read
 * per change. A copy serves a read only if it is at least as new as the newest revision announced for its session,
 * so a stream never misses a change (notices come after the write they announce). A change written by this
 * instance brings the session as written, so its streams need no read at all; a notice from another instance
 * costs one read. A local cache of what the store holds: no other instance needs it, and losing it costs one read.
 */
@Component
public class SessionSnapshots {

    private static final Duration KEPT = Duration.ofMinutes(10);

    private final SessionService sessions;
    /** Per session, the newest revision a notice announced. */
    private final Cache<String, Long> announced = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(KEPT).build();
    private final Cache<String, Snapshot> snapshots = Caffeine.newBuilder()
            .maximumWeight(20_000).weigher((String id, Snapshot snapshot) -> snapshot.weight())
            .expireAfterAccess(Duration.ofSeconds(30)).build();

    public SessionSnapshots(SessionService sessions, SessionChangeBus bus) {
        this.sessions = sessions;
        // subscribed before any stream, so a notice is taken in before a stream reacts to it
        bus.notices().subscribe(this::noticed);
    }

    private void noticed(SessionChanged change) {
        String id = change.sessionId();
        if (change.revision() == SessionChanged.UNKNOWN_REVISION) {
            // an announcement of an unknown revision: whatever is held may be older
            snapshots.invalidate(id);
            return;
        }
        announced.asMap().merge(id, change.revision(), Math::max);
        if (change.stored() != null) {
            snapshots.asMap().merge(id, Snapshot.of(change.revision(), change.stored()),
                    (held, written) -> held.atLeast() >= written.atLeast() ? held : written);
        }
    }

    /** The session as stored no earlier than the last change notice this instance received for it. */
    public Mono<Session> read(String sessionId) {
        long wanted = announced.asMap().getOrDefault(sessionId, 0L);
        Snapshot current = snapshots.getIfPresent(sessionId);
        if (current != null && current.atLeast() >= wanted) {
            return current.session();
        }
        // a read that begins now returns the announced revision or a newer one
        AtomicReference<Snapshot> inFlight = new AtomicReference<>();
        Mono<Session> session = sessions.read(sessionId)
                // once read, held at its real weight
                .doOnNext(s -> snapshots.asMap().replace(sessionId, inFlight.get(), Snapshot.of(wanted, s)))
                .cache(s -> Duration.ofDays(1), e -> Duration.ZERO, () -> Duration.ZERO);
        inFlight.set(new Snapshot(wanted, session, 1));
        snapshots.asMap().merge(sessionId, inFlight.get(),
                (held, read) -> held.atLeast() > read.atLeast() ? held : read);
        return session;
    }

    /**
     * @param atLeast the session's revision is this one or newer
     * @param weight  what it holds (a read in flight holds nothing yet)
     */
    private record Snapshot(long atLeast, Mono<Session> session, int weight) {

        static Snapshot of(long atLeast, Session session) {
            return new Snapshot(atLeast, Mono.just(session), session.weight());
        }
    }
}
