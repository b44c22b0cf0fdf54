package io.highbar.interview.session.store;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.CardDigest;
import io.highbar.interview.session.Plan;
import io.highbar.interview.session.PlannedQuestion;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import org.bson.Document;
import io.highbar.interview.session.Note;
import org.junit.jupiter.api.Test;

/**
 * A session is the fold of its log's entries: every change is one entry holding what it did, an evaluation is a
 * sub-document with numbers, and a copy at hand catches up by folding only the entries after it.
 */
class SessionLogTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Session started() {
        Plan plan = new Plan(List.of(new PlannedQuestion("c.direct.1", "Q1", "c")), 0, 0, 0);
        CardDigest card = new CardDigest("c", "C", List.of(new CardDigest.Signal("initiative", "Initiative", 1.0)),
                List.of());
        return Session.start("s", "cand", SessionMode.DRILL, null, "SDE2", plan, List.of(card), T0);
    }

    private static Evaluation evaluation() {
        return new Evaluation("c", 3.0, "LEAN_HIRE", 64, "SDE2",
                List.of(new Evaluation.DimensionScore("initiative", "Initiative", 2,
                        List.of(new Evaluation.Evidence(0, 9, "I noticed")), "Clearly shown.")),
                List.of(), new Evaluation.Star(10, 4, List.of(new Evaluation.StarSegment("ACTION", 1.0, 10, 0, 10)),
                        "Fine."), null, "Strong ownership.", null, "SDE2", 1, "test");
    }

    /** The session after each change, the entries that stored them. */
    private final List<Session> versions = new ArrayList<>();
    private final List<Document> entries = new ArrayList<>();

    private Session change(Session current, UnaryOperator<Session> change) {
        Session next = change.apply(current).withRevision(current.revision() + 1);
        entries.add(SessionLog.change(current, next));
        versions.add(next);
        return next;
    }

    private Session evaluatedDrillWithANote() {
        Session s = started();
        entries.add(SessionLog.started(s));
        versions.add(s);
        s = change(s, x -> x.submit("a1", "c.direct.1", "I noticed the deploy failing and fixed it.",
                T0.plusSeconds(30), 60));
        s = change(s, x -> x.recordEvaluation(new AnswerEvaluated("a1", "s", evaluation(), T0.plusSeconds(31)),
                T0.plusSeconds(31)));
        s = change(s, x -> x.shareWith("interviewer", T0.plusSeconds(40)));
        return change(s, x -> x.addNote(new Note("n1", "s", "interviewer", "Ask for numbers.", true, "a1",
                T0.plusSeconds(41)), 100));
    }

    @Test
    void foldingTheEntriesGivesBackEverySessionTheChangesProduced() {
        evaluatedDrillWithANote();
        for (int i = 0; i < versions.size(); i++) {
            Session folded = SessionLog.fold(null, entries.subList(0, i + 1));
            assertThat(EventJson.write(folded)).as("after change " + i).isEqualTo(EventJson.write(versions.get(i)));
        }
    }

    @Test
    void aCopyAtHandCatchesUpWithTheEntriesAfterIt() {
        Session last = evaluatedDrillWithANote();
        Session copy = SessionLog.fold(null, entries.subList(0, 2));

        Session caughtUp = SessionLog.fold(copy, entries.subList(2, entries.size()));

        assertThat(EventJson.write(caughtUp)).isEqualTo(EventJson.write(last));
    }

    @Test
    void anEntryHoldsWhatItsChangeDidAndAnEvaluationAsASubDocumentWithNumbers() {
        evaluatedDrillWithANote();
        Document submitted = entries.get(1);
        Document evaluated = entries.get(2);
        Document shared = entries.get(3);

        assertThat(submitted.getList("answers", Document.class)).hasSize(1);
        assertThat(submitted.get("pending")).isEqualTo(true);
        assertThat(submitted.get("publish", Document.class).get("event", Document.class).getString("answerId"))
                .isEqualTo("a1");
        Document answer = evaluated.getList("answers", Document.class).get(0);
        assertThat(answer.get("evaluation")).isInstanceOf(Document.class);
        assertThat(answer.get("evaluation", Document.class).get("overall")).isEqualTo(3.0);
        Document event = evaluated.getList("events", Document.class).get(0);
        assertThat(event.getString("type")).isEqualTo("answer-evaluated");
        assertThat(event.get("data", Document.class).get("evaluation", Document.class).get("score")).isEqualTo(64);
        assertThat(shared.containsKey("answers")).as("an entry never repeats what earlier ones hold").isFalse();
        assertThat(shared.containsKey("events")).isFalse();
        assertThat(shared.get("state", Document.class).getList("interviewers", String.class))
                .containsExactly("interviewer");
    }

    @Test
    void anAnswerOnceEvaluatedNoLongerWaitsToBePublished() {
        evaluatedDrillWithANote();
        assertThat(SessionLog.fold(null, entries.subList(0, 2)).outbox()).hasSize(1);
        assertThat(SessionLog.fold(null, entries.subList(0, 3)).outbox()).isEmpty();
    }
}
