package io.highbar.interview.session.store;

/** Told after every stored change of a session, so live streams can deliver its new events. */
@FunctionalInterface
public interface SessionChangeListener {

    void sessionChanged(SessionChanged change);
}
