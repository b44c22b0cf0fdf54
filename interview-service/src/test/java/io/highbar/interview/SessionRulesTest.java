package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.highbar.interview.session.CardDigest;
import io.highbar.interview.session.Plan;
import io.highbar.interview.session.PlannedQuestion;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionMode;
import io.highbar.interview.session.SessionRuleViolation;
import org.junit.jupiter.api.Test;

/** The session's rules without I/O: the time limit is the server's clock, a late answer is kept and marked. */
class SessionRulesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Session mock(int timeLimit) {
        Plan plan = new Plan(List.of(new PlannedQuestion("c.direct.1", "Q1", "c"),
                new PlannedQuestion("c.direct.2", "Q2", "c")), 0, 2, timeLimit);
        CardDigest card = new CardDigest("c", "C", List.of(new CardDigest.Signal("a", "A", 1.0)), List.of());
        return Session.start("s", "cand", SessionMode.MOCK, null, null, plan, List.of(card), T0);
    }

    @Test
    void anAnswerAfterTheDeadlineIsAcceptedAndMarkedOverTime() {
        Session session = mock(30).submit("a1", "c.direct.1", "Late story.", T0.plusSeconds(95), 60);
        assertThat(session.answers().get(0).overTime()).isTrue();
        assertThat(session.answers().get(0).elapsedSeconds()).isEqualTo(95);
        assertThat(session.events().get(1).data().get("overTime").asBoolean()).isTrue();
    }

    @Test
    void anAnswerWithinTheLimitIsNotOverTime() {
        Session session = mock(180).submit("a1", "c.direct.1", "Story.", T0.plusSeconds(179), 60);
        assertThat(session.answers().get(0).overTime()).isFalse();
        assertThat(session.currentQuestion().deadline()).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void aSessionHoldsABoundedNumberOfAnswers() {
        Session session = mock(180);
        assertThatThrownBy(() -> session.submit("a1", "c.direct.1", "Story.", T0, 0))
                .isInstanceOf(SessionRuleViolation.class).hasMessageContaining("already holds 0 answers");
    }

    @Test
    void aMockAnswerTheScorerGaveUpOnMovesToTheNextQuestion() {
        Session session = mock(180).submit("a1", "c.direct.1", "Story.", T0, 60)
                .recordScoringFailure("a1", "scorer failed", T0.plusSeconds(5));
        assertThat(session.currentQuestion().id()).isEqualTo("c.direct.2");
        assertThat(session.plan().questionIndex()).isEqualTo(1);
        assertThat(session.events()).extracting(e -> e.type())
                .containsExactly("question-asked", "answer-submitted", "answer-failed", "question-asked");
    }
}
