package io.highbar.interview.content;

public class ContentUnavailable extends RuntimeException {

    public ContentUnavailable(Throwable cause) {
        super("The question library is unavailable right now; nothing was saved. Try again in a few seconds.", cause);
    }
}
