package io.highbar.interview.session.app;

public class AnswerNotFound extends RuntimeException {

    public AnswerNotFound(String sessionId, String answerId) {
        super("Session " + sessionId + " has no answer '" + answerId + "'; take the answerId from GET /api/sessions/"
                + sessionId + ".");
    }
}
