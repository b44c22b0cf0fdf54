package io.highbar.interview.stream;

import io.highbar.interview.session.app.SessionService;
import io.highbar.interview.session.store.SessionChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.highbar.interview.session.Session;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The streams of a session share one copy per change. A stream that goes away while the shared read of its
 * session is in flight must not spoil that read for the streams that reuse it (a browser tab closed, a test's
 * blockFirst); a change written here needs no read; a change announced by another instance is always read.
 */
class SessionSnapshotsTest {

    private final Sinks.Many<SessionChanged> notices = Sinks.many().multicast().directBestEffort();
    private final AtomicInteger reads = new AtomicInteger();

    private static Session revision(long revision) {
        return new Session("s1", "candidate", List.of(), revision, null, null, null, null, null, null, null,
                List.of(), null, List.of(), List.of(), List.of(), 0, List.of(), List.of(), false, 0, 0, Instant.now(),
                Instant.now());
    }

    private SessionSnapshots snapshotsOver(Session stored) {
        SessionService sessions = mock(SessionService.class);
        when(sessions.read("s1")).thenReturn(Mono.fromSupplier(() -> {
            reads.incrementAndGet();
            return stored;
        }));
        SessionChangeBus bus = mock(SessionChangeBus.class);
        when(bus.notices()).thenReturn(notices.asFlux());
        return new SessionSnapshots(sessions, bus);
    }

    @Test
    void aChangeWrittenByThisInstanceServesItsStreamsWithoutARead() {
        Session written = revision(3);
        SessionSnapshots snapshots = snapshotsOver(revision(2));

        notices.tryEmitNext(SessionChanged.written(written));

        assertThat(snapshots.read("s1").block(Duration.ofSeconds(5))).isSameAs(written);
        assertThat(reads).hasValue(0);
    }

    @Test
    void aChangeAnnouncedByAnotherInstanceIsReadFromTheStoreEvenWithAnOlderCopyAtHand() {
        Session stored = revision(4);
        SessionSnapshots snapshots = snapshotsOver(stored);
        notices.tryEmitNext(SessionChanged.written(revision(3)));

        notices.tryEmitNext(new SessionChanged("s1", 4, null));

        assertThat(snapshots.read("s1").block(Duration.ofSeconds(5))).isSameAs(stored);
        assertThat(snapshots.read("s1").block(Duration.ofSeconds(5))).isSameAs(stored);
        assertThat(reads).as("one read shared by the streams").hasValue(1);
    }

    @Test
    void aNoticeThatDoesNotSayItsRevisionDropsTheCopyAtHand() {
        Session stored = revision(5);
        SessionSnapshots snapshots = snapshotsOver(stored);
        notices.tryEmitNext(SessionChanged.written(revision(3)));

        notices.tryEmitNext(new SessionChanged("s1", SessionChanged.UNKNOWN_REVISION, null));

        assertThat(snapshots.read("s1").block(Duration.ofSeconds(5))).isSameAs(stored);
    }

    @Test
    void aReadAbandonedByItsFirstStreamStillServesTheNextOne() {
        Session session = new Session("s1", "candidate", List.of(), 1, null, null, null, null, null, null, null,
                List.of(), null, List.of(), List.of(), List.of(), 0, List.of(), List.of(), false, 0, 0, Instant.now(),
                Instant.now());
        AtomicInteger reads = new AtomicInteger();
        SessionService sessions = mock(SessionService.class);
        when(sessions.read("s1")).thenReturn(Mono.defer(() -> {
            reads.incrementAndGet();
            return Mono.delay(Duration.ofMillis(300)).thenReturn(session);
        }));
        SessionChangeBus bus = mock(SessionChangeBus.class);
        when(bus.notices()).thenReturn(Flux.never());
        SessionSnapshots snapshots = new SessionSnapshots(sessions, bus);

        Disposable first = snapshots.read("s1").subscribe();
        Mono.delay(Duration.ofMillis(50)).block();
        first.dispose();

        assertThat(snapshots.read("s1").block(Duration.ofSeconds(5))).isSameAs(session);
        assertThat(reads).hasValueLessThanOrEqualTo(2);
    }
}
