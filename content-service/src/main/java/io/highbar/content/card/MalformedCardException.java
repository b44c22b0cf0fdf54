package io.highbar.content.card;

/** The bytes are not one JSON object (or repeat a key), so no schema check could run. */
public class MalformedCardException extends RuntimeException {

    private final String reason;

    public MalformedCardException(String source, String reason, Throwable cause) {
        super(source + ": " + CardPaths.ROOT + ": " + reason, cause);
        this.reason = reason;
    }

    /** What is wrong, without the source, for API responses. */
    public String reason() {
        return reason;
    }
}
