package io.highbar.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key the gateway signs tokens with. Read from {@code keyFile} when it exists, otherwise generated (and
 * written there, owner-only, so tokens survive a restart). Without a file, each start has a new key.
 */
public final class SigningKey {

    private SigningKey() {
    }

    public static RSAKey load(String keyFile) {
        if (keyFile == null || keyFile.isBlank()) {
            return generate();
        }
        Path path = Path.of(keyFile);
        try {
            if (Files.exists(path)) {
                return RSAKey.parse(Files.readString(path));
            }
            RSAKey key = generate();
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, key.toJSONString());
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + path, e);
        } catch (ParseException e) {
            throw new IllegalStateException(path + " is not an RSA JWK: " + e.getMessage(), e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
