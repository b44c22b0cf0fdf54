package io.highbar.interview.session;

import java.util.Set;

/** Who is asking: the token's {@code sub} and {@code roles}. */
public record Caller(String subject, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
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
