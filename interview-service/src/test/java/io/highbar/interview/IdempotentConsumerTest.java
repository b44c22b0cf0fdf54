package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;

class IdempotentConsumerTest extends InterviewServiceTestBase {

    @Test
    void aRedeliveredEvaluationChangesNothingAClientSees() {
        String sessionId = createSession();
        submit(sessionId, "I noticed nobody owned the flaky checkout tests, so I rewrote them.");
        AnswerSubmitted answer = publishedAnswers(sessionId, 1, Duration.ofSeconds(15)).get(0);
        String evaluated = EventJson.write(evaluationOf(answer, 55));

        publish(Topics.ANSWER_EVALUATED, sessionId, evaluated);
        publish(Topics.ANSWER_EVALUATED, sessionId, evaluated);
        // a later, different evaluation of the same answer (a re-scored redelivery) is ignored too
        awaitConsumed(publish(Topics.ANSWER_EVALUATED, sessionId, EventJson.write(evaluationOf(answer, 99))));

        List<ServerSentEvent<String>> events = stream(sessionId, null).take(3).collectList()
                .block(Duration.ofSeconds(15));
        assertThat(events).extracting(ServerSentEvent::event)
                .containsExactly("question-asked", "answer-submitted", "answer-evaluated");
        assertThat(events.get(2).data()).contains("\"score\":55");
        // the redeliveries were consumed before the stream opened: nothing follows the first evaluation
        assertThat(stream(sessionId, "3").take(Duration.ofSeconds(1)).collectList().block()).isEmpty();
        http.get().uri("/api/sessions/{id}", sessionId).exchange().expectBody()
                .jsonPath("$.answers.length()").isEqualTo(1)
                .jsonPath("$.answers[0].evaluation.score").isEqualTo(55);
    }
}
