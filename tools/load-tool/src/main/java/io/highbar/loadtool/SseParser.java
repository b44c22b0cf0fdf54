package io.highbar.loadtool;

import java.util.Optional;

/**
 * Turns the lines of a {@code text/event-stream} into events, as the HTML living standard's
 * "event stream interpretation" does: {@code id:}, {@code event:} and {@code data:} fields (one optional
 * space after the colon is dropped), several {@code data:} lines joined with a newline, lines starting with
 * {@code :} are comments (heartbeats), a blank line dispatches the event. An event without data is not
 * dispatched. The last event id survives across events, so a reconnect can send it as {@code Last-Event-ID}.
 * Not thread-safe: one parser per stream, fed in order.
 */
public final class SseParser {

    /** One dispatched event; {@code event} is {@code "message"} when the stream named none. */
    public record SseEvent(String id, String event, String data) {
    }

    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String eventType;
    private String lastEventId;
    private long comments;

    /**
     * Feeds one line (without its line terminator; a trailing {@code \r} is tolerated).
     *
     * @return the event this line completed, if it was the blank line ending one
     */
    public Optional<SseEvent> accept(String rawLine) {
        String line = rawLine.endsWith("\r") ? rawLine.substring(0, rawLine.length() - 1) : rawLine;
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            comments++;
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "data" -> {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
            case "event" -> eventType = value;
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                }
            }
            default -> {
                // "retry" and unknown fields are ignored
            }
        }
        return Optional.empty();
    }

    /** The id of the last event seen, for {@code Last-Event-ID} on reconnect; null if none. */
    public String lastEventId() {
        return lastEventId;
    }

    /** Comment lines seen (the platform sends heartbeats as comments). */
    public long comments() {
        return comments;
    }

    private Optional<SseEvent> dispatch() {
        try {
            if (!hasData) {
                return Optional.empty();
            }
            return Optional.of(new SseEvent(lastEventId, eventType == null || eventType.isEmpty()
                    ? "message" : eventType, data.toString()));
        } finally {
            data.setLength(0);
            hasData = false;
            eventType = null;
        }
    }
}
