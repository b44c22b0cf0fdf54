package io.highbar.interview.session;

import java.time.Instant;

/** An interviewer's note on a session; the candidate sees it only when {@code shared}. */
public record Note(String noteId, String sessionId, String author, String text, boolean shared, String answerId,
                   Instant at) {
}
