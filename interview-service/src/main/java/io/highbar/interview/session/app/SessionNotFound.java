package io.highbar.interview.session.app;

public class SessionNotFound extends RuntimeException {

    public SessionNotFound(String sessionId) {
        super("No session with id '" + sessionId + "'. Create one with POST /api/sessions.");
    }
}
