package io.highbar.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

class JwkSetDecoderTest {

    @Test
    @Timeout(30)
    void aKeyServerThatAcceptsButNeverAnswersFailsTheTokenAfterTheTimeoutInsteadOfHoldingTheRequest()
            throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            NimbusReactiveJwtDecoder decoder = ResourceServer.jwkSetDecoder(
                    "http://127.0.0.1:" + silent.getLocalPort() + "/.well-known/jwks.json", Duration.ofMillis(500));
            String token = signedToken();

            long started = System.nanoTime();
            assertThatThrownBy(() -> decoder.decode(token).block(Duration.ofSeconds(15)))
                    .as("the decode fails on its own, not by the 15 s block")
                    .hasMessage("Could not obtain the keys")
                    .hasRootCauseInstanceOf(ReadTimeoutException.class);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(held).as("the decoder did ask the key server").isNotEmpty();
            assertThat(waited).isBetween(Duration.ofMillis(400), Duration.ofSeconds(5));
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static String signedToken() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                new JWTClaimsSet.Builder().subject("candidate").issuer("http://localhost:8080")
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
