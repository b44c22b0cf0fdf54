package io.highbar.interview.session.api;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Caller;
import io.highbar.interview.session.Note;
import io.highbar.interview.session.Plan;
import io.highbar.interview.session.Question;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionMode;
import io.highbar.interview.session.SessionStatus;
import java.time.Instant;
import java.util.List;

/** A session as the API shows it: without its event log and outbox; notes as far as the caller may see them. */
public record SessionView(
        String id,
        String candidateId,
        List<String> interviewers,
        SessionStatus status,
        SessionMode mode,
        String competencyId,
        List<String> competencyIds,
        String company,
        String targetLevel,
        Plan.View plan,
        Question currentQuestion,
        List<Answer> answers,
        List<Note> notes,
        Instant createdAt,
        Instant updatedAt) {

    public static SessionView of(Session s, Caller caller) {
        List<Note> notes = caller.judges(s) ? s.notes() : s.notes().stream().filter(Note::shared).toList();
        return new SessionView(s.id(), s.candidateId(), s.interviewers(), s.status(), s.mode(), s.competencyId(),
                s.competencyIds(), s.company(), s.targetLevel(), s.plan() == null ? null : s.plan().view(),
                s.currentQuestion(), s.answers(), notes, s.createdAt(), s.updatedAt());
    }
}
