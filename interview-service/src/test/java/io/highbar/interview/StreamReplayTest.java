package io.highbar.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

class StreamReplayTest extends InterviewServiceTestBase {

    @Test
    void reconnectingWithLastEventIdGetsWhatItMissedThenLiveEventsWithoutDuplicates() {
        String sessionId = createSession();
        submit(sessionId, "I pushed back on shipping the release until the flaky tests were fixed.");
        AnswerSubmitted first = publishedAnswers(sessionId, 1, Duration.ofSeconds(15)).get(0);
        publish(Topics.ANSWER_EVALUATED, sessionId, EventJson.write(evaluationOf(first, 40)));
        awaitEvents(sessionId, 3);

        // the client saw event 1 only, then dropped; it comes back while a retry is being submitted
        var resumed = stream(sessionId, "1").take(4).collectList().toFuture();
        submit(sessionId, "Retry: I pushed back on shipping and wrote the missing tests myself.");
        AnswerSubmitted retry = publishedAnswers(sessionId, 2, Duration.ofSeconds(15)).get(1);
        publish(Topics.ANSWER_EVALUATED, sessionId, EventJson.write(evaluationOf(retry, 70)));

        List<ServerSentEvent<String>> received = resumed.join();
        assertThat(received).extracting(ServerSentEvent::id).containsExactly("2", "3", "4", "5");
        assertThat(received).extracting(ServerSentEvent::event)
                .containsExactly("answer-submitted", "answer-evaluated", "answer-submitted", "answer-evaluated");
    }

    @Test
    void aStreamResumedAfterTheLastEventWaitsForNewOnes() {
        String sessionId = createSession();
        List<ServerSentEvent<String>> none = stream(sessionId, "1").take(Duration.ofMillis(800)).collectList().block();
        assertThat(none).isEmpty();
    }

    @Test
    void idleStreamsGetHeartbeatComments() {
        String sessionId = createSession();
        ServerSentEvent<String> firstComment = WebClient.create("http://localhost:" + port).get()
                .uri("/api/sessions/{id}/events", sessionId)
                .header(HttpHeaders.AUTHORIZATION, bearer(candidate, "CANDIDATE"))
                .retrieve().bodyToFlux(SSE)
                .filter(e -> e.comment() != null).blockFirst(Duration.ofSeconds(15));
        assertThat(firstComment).as("a comment within 15 s on an idle stream").isNotNull();
        assertThat(firstComment.comment()).isEqualTo("heartbeat");
    }

    private void awaitEvents(String sessionId, int count) {
        stream(sessionId, null).take(count).blockLast(Duration.ofSeconds(15));
    }
}
