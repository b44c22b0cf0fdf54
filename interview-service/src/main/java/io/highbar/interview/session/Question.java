package io.highbar.interview.session;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The question the session waits an answer to: a main question of the plan or a follow-up to it.
 *
 * @param kind             MAIN or FOLLOW_UP
 * @param targets          follow-up: the dimension key it probes
 * @param parentQuestionId follow-up: the main question it digs into
 * @param followUpNumber   follow-up: 1 or 2 within its main question; 0 for a main question
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String id, String text, String competencyId, String kind, String targets, Instant askedAt,
                       Instant deadline, String parentQuestionId, Integer followUpNumber) {

    public static final String MAIN = "MAIN";
    public static final String FOLLOW_UP = "FOLLOW_UP";

    static Question main(PlannedQuestion planned, Instant now, int timeLimitSeconds) {
        return new Question(planned.id(), planned.text(), planned.competencyId(), MAIN, null, now,
                now.plusSeconds(timeLimitSeconds), null, 0);
    }

    static Question followUp(String parentQuestionId, int number, String competencyId, CardDigest.FollowUp followUp,
                             Instant now, int timeLimitSeconds) {
        return new Question(parentQuestionId + ".follow-up." + number, followUp.question(), competencyId, FOLLOW_UP,
                followUp.targets(), now, now.plusSeconds(timeLimitSeconds), parentQuestionId, number);
    }

    /** The same question open again (a DRILL retry): its clock restarts. */
    Question reopened(Instant now, int timeLimitSeconds) {
        return new Question(id, text, competencyId, kind, targets, now, now.plusSeconds(timeLimitSeconds),
                parentQuestionId, followUpNumber);
    }

    /** A question stored before questions named their competency and kind. */
    Question inCompetency(String competency) {
        return new Question(id, text, competency, kind == null ? MAIN : kind, targets, askedAt, deadline,
                parentQuestionId, followUpNumber);
    }

    boolean isFollowUp() {
        return FOLLOW_UP.equals(kind);
    }

    int followUpsAsked() {
        return followUpNumber == null ? 0 : followUpNumber;
    }

    /** The main question this one belongs to (itself for a main question). */
    String mainQuestionId() {
        return isFollowUp() ? parentQuestionId : id;
    }
}
