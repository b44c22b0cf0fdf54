package io.highbar.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens that passed verification, so a client's next request with the same token costs a lookup,
 * not an RSA signature check (about a millisecond of CPU on this hardware, on every request). The same bytes verify
 * the same way, so only a token's expiry matters: an entry is dropped when its token expires, and after
 * {@value #KEPT_MINUTES} minutes at the latest so a key rotation takes effect soon. Tokens that fail are not
 * remembered; each failure is checked again. A failure that is not the token's (the issuer's keys could not be
 * fetched) becomes a plain {@link JwtException}, which the resource server reports as a service failure (503), not
 * as a bad token (401).
 */
public final class VerifiedTokens implements ReactiveJwtDecoder {

    static final long KEPT_MINUTES = 5;
    private static final Duration KEPT = Duration.ofMinutes(KEPT_MINUTES);

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(ReactiveJwtDecoder verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(20_000)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> keptFor(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && !expired(known)) {
            return Mono.just(known);
        }
        return verifier.decode(token)
                .onErrorMap(e -> !(e instanceof JwtException),
                        e -> new JwtException("The token could not be checked: " + e.getMessage(), e))
                .doOnNext(jwt -> verified.put(token, jwt));
    }

    private boolean expired(Jwt jwt) {
        return jwt.getExpiresAt() != null && !clock.instant().isBefore(jwt.getExpiresAt());
    }

    private Duration keptFor(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return KEPT;
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.isNegative() ? Duration.ZERO : (left.compareTo(KEPT) < 0 ? left : KEPT);
    }
}
