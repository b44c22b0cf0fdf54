package io.highbar.interview.session.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionStatus;

/**
 * Sessions stored by the first release (one question, no plan, answers without attempt, time or scores per
 * dimension) must still load, through the move into the log: `./highbar up` keeps its data between versions.
 */
class StoredSessionCompatibilityTest {

    /** A DRILL session with one evaluated answer, exactly as the first release wrote it. */
    private static final String FIRST_RELEASE_DOCUMENT = """
            {"_id":"s-old","candidateId":"candidate","interviewers":["interviewer"],"revision":4,"status":"ASKING",
             "mode":"DRILL","competencyId":"ownership","company":null,"targetLevel":"SDE2",
             "currentQuestion":{"id":"q1","text":"Tell me about a time you owned a problem."},
             "answers":[{"answerId":"a1","questionId":"q1","questionText":"Tell me about a time you owned a problem.",
               "text":"I noticed the deploy pipeline failing and fixed it.","submittedAt":"2026-11-26T10:00:00Z",
               "status":"EVALUATED","evaluatedAt":"2026-11-26T10:00:01Z","failureReason":null,
               "evaluation":{"competencyId":"ownership","overall":2.0,"verdict":"LEAN_NO_HIRE","score":40,"level":"SDE1",
                 "dimensions":[{"key":"initiative","title":"Initiative","score":1,
                   "evidence":[{"start":0,"end":9,"quote":"I noticed"}],"feedback":"Say why you acted."}],
                 "flags":[],"star":{"words":10,"estimatedSeconds":4,"segments":[],"pacing":"Longer."},
                 "followUp":null,"summary":"Short.","company":null,"targetLevel":"SDE2","rubricVersion":1,
                 "engineVersion":"1"}}],
             "lastEventSeq":3,"events":[],"outbox":[],"outboxPending":false,
             "createdAt":"2026-11-26T09:59:00Z","updatedAt":"2026-11-26T10:00:01Z"}
            """;

    @Test
    void aSessionStoredByTheFirstReleaseLoadsWithItsAnswerScoredPerDimension() {
        Session session = SessionLog.fold(null,
                StoreMigration.entries(LegacySessionDocuments.fromDocument(Document.parse(FIRST_RELEASE_DOCUMENT))));

        assertThat(session.status()).isEqualTo(SessionStatus.ASKING);
        assertThat(session.competencyIds()).isEqualTo(List.of("ownership"));
        assertThat(session.plan()).isNotNull();
        Answer answer = session.answers().get(0);
        assertThat(answer.overTime()).isFalse();
        assertThat(answer.attempt()).isEqualTo(1);
        assertThat(answer.competencyId()).isEqualTo("ownership");
        assertThat(answer.effectiveScores()).containsEntry("initiative", 1);
        assertThat(answer.isEvaluated()).isTrue();
    }
}
