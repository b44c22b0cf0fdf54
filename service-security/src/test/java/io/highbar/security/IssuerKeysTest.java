package io.highbar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

class IssuerKeysTest {

    private static final Duration MIN_REFETCH = Duration.ofSeconds(10);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T00:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<List<RSAKey>> published = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer issuer;
    private NimbusReactiveJwtDecoder decoder;
    private RSAKey k1;

    @BeforeEach
    void start() throws Exception {
        k1 = key("k1");
        published.set(List.of(k1));
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(published.get().stream().map(k -> (JWK) k.toPublicJWK()).toList())
                    .toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        issuer.start();
        IssuerKeys keys = new IssuerKeys(WebClient.create(),
                "http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks", MIN_REFETCH, clock);
        decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::keysFor).build();
    }

    @AfterEach
    void stop() {
        issuer.stop(0);
    }

    @Test
    void theKeysAreFetchedOnceForAllTokensSignedWithThem() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode(token(k1, "user-" + i)).block().getSubject()).isEqualTo("user-" + i);
        }

        assertThat(fetches).hasValue(1);
    }

    @Test
    void tokensNamingKeysTheIssuerNeverHadDoNotMakeEachRequestFetchTheKeysAgain() throws Exception {
        decoder.decode(token(k1, "candidate")).block();

        RSAKey attackers = key("attacker");
        for (int i = 0; i < 20; i++) {
            String forged = token(new RSAKey.Builder(attackers).keyID("made-up-" + i).build(), "attacker");
            assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
        }

        assertThat(fetches).as("one fetch at start, none for the made-up key ids within the interval").hasValue(1);

        clock.advance(MIN_REFETCH);
        String forged = token(new RSAKey.Builder(attackers).keyID("made-up-again").build(), "attacker");
        assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
        assertThat(fetches).as("after the interval, one more").hasValue(2);
    }

    @Test
    void aKeyTheIssuerRotatedInIsAcceptedOnceTheIntervalHasPassed() throws Exception {
        decoder.decode(token(k1, "candidate")).block();
        RSAKey k2 = key("k2");
        published.set(List.of(k1, k2));
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> decoder.decode(token(k2, "early")).block()).isInstanceOf(BadJwtException.class);

        clock.advance(MIN_REFETCH);
        assertThat(decoder.decode(token(k2, "rotated")).block().getSubject()).isEqualTo("rotated");
        assertThat(decoder.decode(token(k1, "old key")).block().getSubject()).isEqualTo("old key");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void anIssuerThatFailsIsAskedAgainOnlyAfterTheInterval() throws Exception {
        status.set(500);
        String token = token(k1, "candidate");

        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not obtain the keys");
        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(IllegalStateException.class);
        assertThat(fetches).hasValue(1);

        status.set(200);
        clock.advance(MIN_REFETCH);
        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("candidate");
        assertThat(fetches).hasValue(2);
    }

    private static RSAKey key(String id) throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(id).generate();
    }

    private static String token(RSAKey key, String subject) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject(subject).issuer("http://issuer.test")
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
