package io.highbar.interview.session.store;

/**
 * A stored change of a session: after it, the session's log holds {@code revision} (the seq of its last entry) or
 * newer.
 */
public record SessionChanged(String sessionId, long revision) {

    /** A notice that did not say which revision it announces (sent by an older release). */
    public static final long UNKNOWN_REVISION = -1;
}
