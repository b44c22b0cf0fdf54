package io.highbar.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void aKeyWrittenToItsFileIsTheOneReadAtTheNextStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("auth/signing-key.json");
        var first = SigningKey.load(file.toString());
        var again = SigningKey.load(file.toString());

        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(again.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
    }

    @Test
    void withoutAFileEachStartHasANewKey() {
        assertThat(SigningKey.load(null).getKeyID()).isNotEqualTo(SigningKey.load("").getKeyID());
    }
}
