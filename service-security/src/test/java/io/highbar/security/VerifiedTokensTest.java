package io.highbar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicReference<Boolean> accepts = new AtomicReference<>(true);

    private final ReactiveJwtDecoder verifier = token -> Mono.defer(() -> {
        checks.incrementAndGet();
        if (!accepts.get()) {
            return Mono.error(new BadJwtException("signature or expiry rejected"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("candidate")
                .issuedAt(clock.instant()).expiresAt(clock.instant().plus(Duration.ofMinutes(15))).build());
    });

    @Test
    void aTokenThatPassedIsNotCheckedAgainOnTheNextRequest() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

        Jwt first = tokens.decode("token-a").block();
        Jwt second = tokens.decode("token-a").block();

        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void anExpiredTokenIsCheckedAgainAndRejected() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock);
        tokens.decode("token-a").block();

        clock.advance(Duration.ofMinutes(16));
        accepts.set(false);

        assertThatThrownBy(() -> tokens.decode("token-a").block()).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRejectedTokenIsCheckedEveryTime() {
        accepts.set(false);
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

        assertThatThrownBy(() -> tokens.decode("token-b").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("token-b").block()).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void anotherTokenIsCheckedOnItsOwn() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock);
        tokens.decode("token-a").block();

        tokens.decode("token-c").block();

        assertThat(checks).hasValue(2);
    }

    @Test
    void keysThatCouldNotBeFetchedAreAFailureOfTheServiceNotABadToken() {
        ReactiveJwtDecoder keysUnreachable = token -> Mono.error(new IllegalStateException("Could not obtain the keys"));
        VerifiedTokens tokens = new VerifiedTokens(keysUnreachable, clock);

        assertThatThrownBy(() -> tokens.decode("token-a").block())
                .isExactlyInstanceOf(JwtException.class)
                .hasMessageContaining("Could not obtain the keys")
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
