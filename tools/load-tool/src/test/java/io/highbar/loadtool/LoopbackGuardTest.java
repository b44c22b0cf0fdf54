package io.highbar.loadtool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopbackGuardTest {

    @Test
    void acceptsLoopbackUrls() {
        assertThat(LoopbackGuard.requireLoopbackUrl("--gateway", "http://localhost:8080").getPort()).isEqualTo(8080);
        assertThatCode(() -> LoopbackGuard.requireLoopbackUrl("--gateway", "http://127.0.0.1:8080"))
                .doesNotThrowAnyException();
        assertThatCode(() -> LoopbackGuard.requireLoopbackUrl("--gateway", "http://127.8.9.10"))
                .doesNotThrowAnyException();
        assertThatCode(() -> LoopbackGuard.requireLoopbackUrl("--gateway", "http://[::1]:8080"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesOtherAddressesWithoutResolvingThroughAnyNetwork() {
        // literal addresses: no DNS involved, so the test needs no network
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackUrl("--gateway", "http://10.0.0.5:8080"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--gateway")
                .hasMessageContaining("refusing target '10.0.0.5'")
                .hasMessageContaining("only targets loopback");
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackUrl("--metrics", "http://0.0.0.0:8081"))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackUrl("--gateway", "http://[2001:db8::1]/"))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void refusesUrlsThatAreNotHttp() {
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackUrl("--gateway", "ftp://localhost"))
                .hasMessageContaining("must be an http:// or https:// URL");
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackUrl("--gateway", "localhost:8080"))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void checksEveryKafkaBootstrapServer() {
        assertThatCode(() -> LoopbackGuard.requireLoopbackBootstrap("--kafka", "localhost:9092,127.0.0.1:9094"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackBootstrap("--kafka", "localhost:9092,192.168.1.4:9092"))
                .hasMessageContaining("refusing target '192.168.1.4'");
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackBootstrap("--kafka", "localhost"))
                .hasMessageContaining("must be host:port");
        assertThatThrownBy(() -> LoopbackGuard.requireLoopbackBootstrap("--kafka", "localhost:99999"))
                .hasMessageContaining("no valid port");
    }
}
