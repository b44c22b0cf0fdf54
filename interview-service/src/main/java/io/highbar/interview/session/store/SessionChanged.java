package io.highbar.interview.session.store;

import io.highbar.interview.session.Session;

/**
 * A stored change of a session: after it, the store holds {@code revision} or newer.
 *
 * @param stored the session as written, when the change was made by this instance; null for a notice from
 *               another instance (read the store to see it)
 */
public record SessionChanged(String sessionId, long revision, Session stored) {

    /** A notice that did not say which revision it announces (sent by an older release). */
    public static final long UNKNOWN_REVISION = -1;

    public static SessionChanged written(Session stored) {
        return new SessionChanged(stored.id(), stored.revision(), stored);
    }
}
