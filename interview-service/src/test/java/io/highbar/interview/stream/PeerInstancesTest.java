package io.highbar.interview.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class PeerInstancesTest {

    private final AtomicLong nanos = new AtomicLong();
    private final PeerInstances peers = new PeerInstances(Duration.ofSeconds(5), nanos::get);

    @Test
    void noPeerIsPresentUntilOneIsHeardFrom() {
        assertThat(peers.anyPresent()).isFalse();

        assertThat(peers.heard("b")).isTrue();

        assertThat(peers.anyPresent()).isTrue();
    }

    @Test
    void aPeerHeardFromAgainWithinTheTimeoutIsNotNew() {
        peers.heard("b");
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());

        assertThat(peers.heard("b")).isFalse();
        assertThat(peers.heard("c")).isTrue();
    }

    @Test
    void aPeerSilentLongerThanTheTimeoutIsGoneAndNewWhenItComesBack() {
        peers.heard("b");
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());

        assertThat(peers.anyPresent()).isFalse();
        assertThat(peers.heard("b")).isTrue();
        assertThat(peers.anyPresent()).isTrue();
    }
}
