package io.highbar.loadtool;

/** A bad command line or a refused target: the message says what to change; the tool exits with 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
