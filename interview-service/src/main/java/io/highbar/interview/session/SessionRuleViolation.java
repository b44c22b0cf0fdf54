package io.highbar.interview.session;

/** A request the session's current state does not allow (HTTP 409). */
public class SessionRuleViolation extends RuntimeException {

    public SessionRuleViolation(String message) {
        super(message);
    }
}
