package io.highbar.interview.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionService;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A stream that goes away while the shared read of its session is in flight must not spoil that read for the
 * streams that reuse it: a client that disconnects (a browser tab closed, a test's blockFirst) is routine.
 */
class SessionSnapshotsTest {

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
        when(bus.changes()).thenReturn(Flux.never());
        SessionSnapshots snapshots = new SessionSnapshots(sessions, bus);

        Disposable first = snapshots.read("s1").subscribe();
        Mono.delay(Duration.ofMillis(50)).block();
        first.dispose();

        assertThat(snapshots.read("s1").block(Duration.ofSeconds(5))).isSameAs(session);
        assertThat(reads).hasValueLessThanOrEqualTo(2);
    }
}
