package io.highbar.security;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The issuer's public keys, fetched from its JWKS URI and kept. A token whose key is not among the kept ones (the
 * issuer rotated its keys) fetches the set again, but at most once per {@code minRefetch}, and so does a failed
 * fetch: otherwise every request with a made-up key id would cost a fetch from the issuer, and an issuer that is
 * down would be asked once per request. Concurrent requests share one fetch.
 */
final class IssuerKeys {

    private final WebClient client;
    private final String jwksUri;
    private final Duration minRefetch;
    private final Clock clock;

    private volatile JWKSet known;
    private Instant lastAttempt;
    private Throwable lastFailure;
    private Mono<JWKSet> inFlight;

    IssuerKeys(WebClient client, String jwksUri, Duration minRefetch, Clock clock) {
        this.client = client;
        this.jwksUri = jwksUri;
        this.minRefetch = minRefetch;
        this.clock = clock;
    }

    /** The issuer's keys that could have signed {@code jwt}; none if it names a key the issuer does not have. */
    Flux<JWK> keysFor(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        return Mono.defer(() -> {
            JWKSet seen = known;
            if (seen != null) {
                List<JWK> keys = selector.select(seen);
                if (!keys.isEmpty()) {
                    return Mono.just(keys);
                }
            }
            return refetch(seen).map(selector::select);
        }).flatMapMany(Flux::fromIterable);
    }

    private synchronized Mono<JWKSet> refetch(JWKSet seen) {
        if (inFlight != null) {
            return inFlight;
        }
        if (known != seen) {
            return Mono.just(known); // fetched since the caller looked
        }
        Instant now = clock.instant();
        boolean triedRecently = lastAttempt != null && now.isBefore(lastAttempt.plus(minRefetch));
        if (triedRecently && lastFailure != null) {
            return Mono.error(lastFailure);
        }
        if (triedRecently && seen != null) {
            return Mono.just(seen);
        }
        lastAttempt = now;
        // The state changes before the result reaches the callers, so a caller that saw it finds it current.
        Mono<JWKSet> fetch = client.get().uri(jwksUri).retrieve().bodyToMono(String.class)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("The issuer's key set response is empty")))
                .map(IssuerKeys::parse)
                .doOnNext(this::fetched)
                .doOnError(this::failed)
                .doOnCancel(this::abandoned)
                .cache();
        inFlight = fetch;
        return fetch;
    }

    private synchronized void fetched(JWKSet keys) {
        known = keys;
        lastFailure = null;
        inFlight = null;
    }

    private synchronized void failed(Throwable failure) {
        lastFailure = failure;
        inFlight = null;
    }

    private synchronized void abandoned() {
        inFlight = null;
    }

    private static JWKSet parse(String body) {
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("The issuer's key set is not a JWK set: " + e.getMessage(), e);
        }
    }
}
