package io.highbar.interview.session;

import java.time.Instant;
import java.util.List;

/** A session as the API shows it: without its event log and outbox. */
public record SessionView(
        String id,
        String candidateId,
        List<String> interviewers,
        SessionStatus status,
        SessionMode mode,
        String competencyId,
        String company,
        String targetLevel,
        Question currentQuestion,
        List<Answer> answers,
        Instant createdAt,
        Instant updatedAt) {

    static SessionView of(Session s) {
        return new SessionView(s.id(), s.candidateId(), s.interviewers(), s.status(), s.mode(), s.competencyId(),
                s.company(), s.targetLevel(), s.currentQuestion(), s.answers(), s.createdAt(), s.updatedAt());
    }
}
