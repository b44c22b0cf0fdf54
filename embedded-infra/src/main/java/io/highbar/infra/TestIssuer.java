package io.highbar.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in OIDC issuer for tests: an RSA key pair whose public half is served as a JWKS over HTTP, and RS256
 * tokens signed with it ({@code sub}, {@code roles}, {@code iss}, {@code iat}, {@code exp}). Services under test
 * trust it by configuration alone ({@code highbar.auth.jwks-uri} = {@link #jwksUri()}, {@code highbar.auth.issuer}
 * = {@link #issuer()}), exactly as they would trust a production issuer.
 */
public final class TestIssuer implements AutoCloseable {

    private static TestIssuer shared;

    private final KeyPair keys = newKeyPair();
    private final String keyId = UUID.randomUUID().toString();
    private final HttpServer server;
    private final String issuer;

    private TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/test-issuer";
        server.createContext("/.well-known/jwks.json", exchange -> {
            byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** One issuer per test JVM, started on first use. */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-issuer-stop"));
        }
        return shared;
    }

    /** Another, independent issuer (its own keys, JWKS and {@code iss}). */
    public static TestIssuer start() {
        return new TestIssuer();
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid token for 15 minutes. */
    public String token(String subject, String... roles) {
        Instant now = Instant.now();
        return token(subject, List.of(roles), issuer, now, now.plus(Duration.ofMinutes(15)));
    }

    public String token(String subject, List<String> roles, String iss, Instant issuedAt, Instant expiresAt) {
        return sign(keys.getPrivate(), "RS256", claims(subject, roles, iss, issuedAt, expiresAt));
    }

    public String expiredToken(String subject, String... roles) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return token(subject, List.of(roles), issuer, past, past.plus(Duration.ofMinutes(15)));
    }

    /** Right header, right claims, signed with a key that is not this issuer's. */
    public String forgedToken(String subject, String... roles) {
        Instant now = Instant.now();
        return sign(newKeyPair().getPrivate(), "RS256",
                claims(subject, List.of(roles), issuer, now, now.plus(Duration.ofMinutes(15))));
    }

    /** {@code alg: none}, no signature. */
    public String unsignedToken(String subject, String... roles) {
        Instant now = Instant.now();
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + base64(claims(subject, List.of(roles), issuer, now, now.plus(Duration.ofMinutes(15)))) + ".";
    }

    public String jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + base64(unsigned(key.getModulus())) + "\",\"e\":\"" + base64(unsigned(key.getPublicExponent())) + "\"}]}";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private String sign(PrivateKey key, String alg, String claims) {
        String signingInput = base64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}") + "."
                + base64(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String claims(String subject, List<String> roles, String iss, Instant issuedAt, Instant expiresAt) {
        String roleArray = roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(",", "[", "]"));
        return "{\"sub\":\"" + subject + "\",\"roles\":" + roleArray + ",\"iss\":\"" + iss + "\",\"iat\":"
                + issuedAt.getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond() + "}";
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 && bytes.length > 1 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64(String text) {
        return base64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
