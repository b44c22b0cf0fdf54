package io.highbar.interview.session.api;

import io.highbar.interview.session.Question;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionMode;
import io.highbar.interview.session.SessionStatus;
import java.time.Instant;
import java.util.List;

/** One line of {@code GET /api/sessions}. */
public record SessionSummary(String id, String candidateId, SessionMode mode, SessionStatus status,
                             List<String> competencyIds, Question currentQuestion, int answers, Instant createdAt,
                             Instant updatedAt) {

    public static SessionSummary of(Session s) {
        return new SessionSummary(s.id(), s.candidateId(), s.mode(), s.status(), s.competencyIds(),
                s.currentQuestion(), s.answers().size(), s.createdAt(), s.updatedAt());
    }
}
