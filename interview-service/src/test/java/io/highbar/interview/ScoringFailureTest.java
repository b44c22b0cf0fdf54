package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;

class ScoringFailureTest extends InterviewServiceTestBase {

    @Test
    void anAnswerTheScorerDeadLetteredIsShownAsFailedAndTheSessionTakesARetry() {
        String sessionId = createSession();
        String answerId = submit(sessionId, "An answer the scorer chokes on.");
        AnswerSubmitted answer = publishedAnswers(sessionId, 1, Duration.ofSeconds(15)).get(0);

        publish(Topics.ANSWER_SUBMITTED_DEAD_LETTER, sessionId, EventJson.write(answer));

        ServerSentEvent<String> failed = stream(sessionId, "2").blockFirst(Duration.ofSeconds(15));
        assertThat(failed.event()).isEqualTo("answer-failed");
        assertThat(failed.data()).contains(answerId).contains("could not evaluate");
        http.get().uri("/api/sessions/{id}", sessionId).exchange().expectBody()
                .jsonPath("$.answers[0].status").isEqualTo("FAILED")
                .jsonPath("$.status").isEqualTo("ASKING");
        submit(sessionId, "The same story, submitted again.");
    }

    @Test
    void anUnreadableDeadLetterIsSkippedWithoutBlockingTheOthers() {
        publish(Topics.ANSWER_SUBMITTED_DEAD_LETTER, "no-such-session", "{not json");
        String sessionId = createSession();
        submit(sessionId, "Another answer.");
        AnswerSubmitted answer = publishedAnswers(sessionId, 1, Duration.ofSeconds(15)).get(0);
        publish(Topics.ANSWER_SUBMITTED_DEAD_LETTER, sessionId, EventJson.write(answer));

        assertThat(stream(sessionId, "2").blockFirst(Duration.ofSeconds(15)).event()).isEqualTo("answer-failed");
    }
}
