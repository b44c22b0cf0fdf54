package io.highbar.interview.session;

import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who is asking: the token's {@code sub} and {@code roles}. */
public record Caller(String subject, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles));
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isInterviewer() {
        return roles.contains("INTERVIEWER");
    }

    /** Owner, an interviewer it was shared with, or an admin. */
    public boolean canSee(Session session) {
        return isAdmin() || session.isOwnedBy(subject) || session.isSharedWith(subject);
    }

    /** An interviewer the session was shared with, or an admin: sees private notes, writes notes and overrides. */
    public boolean judges(Session session) {
        return isAdmin() || session.isSharedWith(subject);
    }
}
