package io.highbar.interview.stream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One read of a session per change notice for all the streams of this instance: every subscriber of a session
 * used to read (and decode) the whole document on each change, so each extra subscriber, stalled or not, cost a full
 * read per change. A snapshot is reused only if no notice for its session arrived since its read began, so a stream
 * never misses a change (notices come after the write they announce). A local cache of what the store holds: no
 * other instance needs it, and losing it costs one read.
 */
@Component
public class SessionSnapshots {

    private final SessionService sessions;
    private final Cache<String, AtomicLong> notices = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Snapshot> snapshots = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterAccess(Duration.ofSeconds(30)).build();

    public SessionSnapshots(SessionService sessions, SessionChangeBus bus) {
        this.sessions = sessions;
        // subscribed before any stream, so a notice is counted before a stream reacts to it
        bus.changes().subscribe(id -> notices.get(id, k -> new AtomicLong()).incrementAndGet());
    }

    /** The session as stored no earlier than the last change notice this instance received for it. */
    public Mono<Session> read(String sessionId) {
        long notice = notices.get(sessionId, k -> new AtomicLong()).get();
        Snapshot current = snapshots.getIfPresent(sessionId);
        if (current != null && current.notice() == notice) {
            return current.session();
        }
        Mono<Session> session = sessions.read(sessionId)
                .cache(s -> Duration.ofDays(1), e -> Duration.ZERO, () -> Duration.ZERO);
        snapshots.put(sessionId, new Snapshot(notice, session));
        return session;
    }

    private record Snapshot(long notice, Mono<Session> session) {
    }
}
