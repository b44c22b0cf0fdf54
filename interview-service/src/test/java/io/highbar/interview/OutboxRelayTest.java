package io.highbar.interview;

import io.highbar.interview.session.store.OutboxRelay;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxRelayTest extends InterviewServiceTestBase {

    @Autowired
    OutboxRelay relay;

    @Test
    void anAnswerPublishedAtOnceIsNotPublishedAgainWhileItsEvaluationIsLate() {
        String sessionId = createSession();
        String answerId = submit(sessionId, "I noticed the retry queue was silently dropping payments.");

        // no evaluation comes (no scorer here): the sweep runs every 200 ms and takes entries older than 2 s
        assertThat(publishedAnswers(sessionId, 2, Duration.ofSeconds(5)))
                .singleElement().satisfies(a -> assertThat(a.answerId()).isEqualTo(answerId));
        http.get().uri("/api/sessions/{id}", sessionId).exchange().expectBody()
                .jsonPath("$.answers[0].status").isEqualTo("AWAITING_EVALUATION");
    }

    @Test
    void anAnswerStoredWhileThePublishStepIsDownIsPublishedWhenItComesBack() {
        String sessionId = createSession();
        relay.stop();
        String answerId;
        try {
            answerId = submit(sessionId, "I noticed the retry queue was silently dropping payments.");
            assertThat(publishedAnswers(sessionId, 1, Duration.ofSeconds(2))).isEmpty();
            http.get().uri("/api/sessions/{id}", sessionId).exchange().expectBody()
                    .jsonPath("$.answers[0].answerId").isEqualTo(answerId);
        } finally {
            relay.start();
        }
        assertThat(publishedAnswers(sessionId, 1, Duration.ofSeconds(15)))
                .singleElement().satisfies(a -> assertThat(a.answerId()).isEqualTo(answerId));
    }
}
