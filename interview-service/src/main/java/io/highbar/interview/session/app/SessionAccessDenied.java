package io.highbar.interview.session.app;

/** The caller may see the session but not do this to it (only its candidate answers or shares it). */
public class SessionAccessDenied extends RuntimeException {

    public SessionAccessDenied(String message) {
        super(message);
    }
}
