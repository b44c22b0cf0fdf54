package io.highbar.interview;

import io.highbar.interview.session.store.OutboxRelay;
import io.highbar.interview.session.store.SessionStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Note;
import io.highbar.interview.session.ScoreOverride;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionEvent;
import io.highbar.interview.session.SessionStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change is stored as one entry of the session's log holding only what it did. Whatever the change, the log must
 * read back (folded afresh, by an instance that holds no copy) as exactly the session the change produced, and the
 * answer-evaluated event a stream shows carries the evaluation.
 */
class StoredChangesTest extends InterviewServiceTestBase {

    @Autowired
    SessionStore store;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ReactiveMongoTemplate mongo;

    private Session change(String id, UnaryOperator<Session> change) {
        Session written = store.update(id, change).block();
        Session stored = new SessionStore(mongo, c -> { }, new SimpleMeterRegistry()).find(id).block();
        assertThat(EventJson.write(stored)).isEqualTo(EventJson.write(written));
        return written;
    }

    @Test
    void everyKindOfChangeReadsBackAsTheSessionItProduced() {
        String id = createSession("{\"competencyIds\":[\"" + FakeContentService.COMPETENCY + "\",\""
                + FakeContentService.OTHER_COMPETENCY + "\"],\"mode\":\"MOCK\",\"maxFollowUps\":1}").get("id").toString();
        Instant now = Instant.now();
        relay.stop(); // this test alone writes the session
        try {
            Session session = change(id, s -> s.shareWith("interviewer-1", now));
            for (int i = 0; i < 4 && session.status() == SessionStatus.ASKING; i++) {
                String answerId = "answer-" + i;
                String text = "I rebuilt the flaky deploy step myself and cut failed releases by " + (i + 1) + "0%.";
                session = change(id, s -> s.submit(answerId, s.currentQuestion().id(), text, now, 60));
                Answer answer = session.answer(answerId).orElseThrow();
                AnswerSubmitted submitted = new AnswerSubmitted(answerId, id, answer.questionId(), answer.questionText(),
                        answer.competencyId(), text, null, null, now);
                Map<String, Integer> scores = new LinkedHashMap<>();
                FakeContentService.SIGNALS.get(answer.competencyId()).forEach(key -> scores.put(key, 1));
                session = change(id, s -> s.recordEvaluation(evaluationOf(submitted, scores, 2.5, "SDE2", List.of()),
                        now));
                assertThat(session.outbox()).isEmpty();
                SessionEvent evaluatedEvent = session.events().stream()
                        .filter(e -> e.type().equals(SessionEvent.ANSWER_EVALUATED)).reduce((a, b) -> b).orElseThrow();
                SessionEvent shown = store.eventsAfter(id, evaluatedEvent.seq() - 1).blockFirst();
                assertThat(shown.data().get("evaluation"))
                        .isEqualTo(EventJson.mapper().valueToTree(session.answer(answerId).orElseThrow().evaluation()));
                if (i == 0) {
                    String dimension = scores.keySet().iterator().next();
                    change(id, s -> s.addNote(new Note("note-1", id, "interviewer-1", "Ask for the numbers.", true,
                            answerId, now), 100));
                    session = change(id, s -> s.override(new ScoreOverride("override-1", id, answerId,
                            answer.competencyId(), dimension, 1, 2, "The metric is there.", "interviewer-1", now), 20));
                }
            }
            Session ended = change(id, s -> s.status() == SessionStatus.ASKING ? s.complete(now) : s);
            Answer first = ended.answers().get(0);
            String dimension = first.evaluation().dimensions().get(0).key();

            assertThat(ended.status()).isEqualTo(SessionStatus.COMPLETED);
            assertThat(ended.answers()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(ended.notes()).hasSize(1);
            assertThat(ended.answer(first.answerId()).orElseThrow().effectiveScores()).containsEntry(dimension, 2);
            assertThat(ended.events()).hasSize((int) ended.lastEventSeq());
        } finally {
            relay.start();
        }
    }
}
