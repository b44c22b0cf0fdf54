package io.highbar.interview.security;

import java.util.List;
import java.util.Set;

import io.highbar.interview.session.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller a verified token names: its {@code sub} and {@code roles}. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles));
    }
}
