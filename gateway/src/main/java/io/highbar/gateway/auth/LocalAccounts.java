package io.highbar.gateway.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The four built-in accounts of the local run (password = username + {@code -local}), kept only as hashes.
 * Never meant for production: they exist only while {@code highbar.auth.local-accounts.enabled=true}.
 */
public final class LocalAccounts {

    public record Account(String username, List<String> roles) {
    }

    private record Stored(String hash, List<String> roles) {
    }

    private static final Map<String, List<String>> ACCOUNTS = Map.of(
            "candidate", List.of("CANDIDATE"),
            "candidate2", List.of("CANDIDATE"),
            "interviewer", List.of("INTERVIEWER"),
            "admin", List.of("ADMIN"));

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Map<String, Stored> stored;
    private final String unknownUserHash;

    public LocalAccounts() {
        this.stored = Map.copyOf(ACCOUNTS.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> new Stored(encoder.encode(e.getKey() + "-local"), e.getValue()))));
        this.unknownUserHash = encoder.encode("no-such-user");
    }

    /** Blocking (a password hash check); an unknown user costs the same time as a wrong password. */
    public Optional<Account> authenticate(String username, String password) {
        Stored account = stored.get(username);
        boolean matches = encoder.matches(password, account == null ? unknownUserHash : account.hash());
        return matches && account != null ? Optional.of(new Account(username, account.roles())) : Optional.empty();
    }
}
