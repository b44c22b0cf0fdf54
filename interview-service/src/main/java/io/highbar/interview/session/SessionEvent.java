package io.highbar.interview.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One entry of a session's event log, as its SSE stream shows it.
 *
 * @param seq  increases by one within the session: the SSE {@code id:}
 * @param type the SSE event name, e.g. {@code answer-evaluated}
 */
public record SessionEvent(long seq, String type, JsonNode data, Instant at) {

    public static final String QUESTION_ASKED = "question-asked";
    public static final String ANSWER_SUBMITTED = "answer-submitted";
    public static final String ANSWER_EVALUATED = "answer-evaluated";
    public static final String ANSWER_FAILED = "answer-failed";
    public static final String FOLLOW_UP_ASKED = "follow-up-asked";
    public static final String SESSION_COMPLETED = "session-completed";
    public static final String INTERVIEWER_NOTE_ADDED = "interviewer-note-added";
    public static final String SCORE_OVERRIDDEN = "score-overridden";

    /** A note the interviewer kept to themselves: the candidate's stream skips it. */
    @JsonIgnore
    public boolean isPrivateNote() {
        return INTERVIEWER_NOTE_ADDED.equals(type) && data != null && data.has("shared")
                && !data.get("shared").asBoolean();
    }
}
