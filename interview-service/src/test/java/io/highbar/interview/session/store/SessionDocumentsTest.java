package io.highbar.interview.session.store;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.CardDigest;
import io.highbar.interview.session.Plan;
import io.highbar.interview.session.PlannedQuestion;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** An evaluation is stored as one string of its JSON; a session stored either way reads back whole. */
class SessionDocumentsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Session evaluatedDrill() {
        Plan plan = new Plan(List.of(new PlannedQuestion("c.direct.1", "Q1", "c")), 0, 0, 0);
        CardDigest card = new CardDigest("c", "C", List.of(new CardDigest.Signal("initiative", "Initiative", 1.0)),
                List.of());
        Evaluation evaluation = new Evaluation("c", 3.0, "LEAN_HIRE", 64, "SDE2",
                List.of(new Evaluation.DimensionScore("initiative", "Initiative", 2,
                        List.of(new Evaluation.Evidence(0, 9, "I noticed")), "Clearly shown.")),
                List.of(), new Evaluation.Star(10, 4, List.of(new Evaluation.StarSegment("ACTION", 1.0, 10, 0, 10)),
                        "Fine."), null, "Strong ownership.", null, "SDE2", 1, "test");
        return Session.start("s", "cand", SessionMode.DRILL, null, "SDE2", plan, List.of(card), T0)
                .submit("a1", "c.direct.1", "I noticed the deploy failing and fixed it.", T0.plusSeconds(30), 60)
                .recordEvaluation(new AnswerEvaluated("a1", "s", evaluation, T0.plusSeconds(31)), T0.plusSeconds(31));
    }

    @Test
    void anEvaluationIsStoredAsTheTextOfItsJson() {
        Session session = evaluatedDrill();

        Document stored = SessionDocuments.toDocument(session);

        Object evaluation = stored.getList("answers", Document.class).get(0).get("evaluation");
        assertThat(evaluation).isInstanceOf(String.class);
        assertThat(EventJson.read((String) evaluation, Evaluation.class))
                .isEqualTo(session.answers().get(0).evaluation());
    }

    @Test
    void aStoredSessionReadsBackAsTheSameSession() {
        Session session = evaluatedDrill();

        Session read = SessionDocuments.fromDocument(SessionDocuments.toDocument(session));

        assertThat(EventJson.write(read)).isEqualTo(EventJson.write(session));
    }

    @Test
    void anAnswerUpdatedAloneIsStoredTheSameWay() {
        Answer answer = evaluatedDrill().answers().get(0);

        Object stored = SessionDocuments.storedValue(answer);

        assertThat(stored).isInstanceOf(Document.class);
        assertThat(((Document) stored).get("evaluation")).isInstanceOf(String.class);
    }

    @Test
    void aSessionWhoseEvaluationWasStoredAsFieldsStillLoads() {
        Session session = evaluatedDrill();
        Document asFields = Document.parse(EventJson.write(session)); // how releases before this one stored it

        Session read = SessionDocuments.fromDocument(asFields);

        assertThat(read.answers().get(0).evaluation()).isEqualTo(session.answers().get(0).evaluation());
    }
}
