package io.highbar.interview;

import static io.highbar.interview.FakeContentService.COMPETENCY;
import static io.highbar.interview.FakeContentService.OTHER_COMPETENCY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.evaluation.Evaluation;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import tools.jackson.databind.JsonNode;

/**
 * A MOCK session over a mix of two competencies, the test playing the scorer: follow-ups dig into the weakest
 * dimension (ties to the heavier one, never the same probe twice), at most two per question, a scoring failure
 * moves on, the last question ends the session with session-completed, and the report sums it up.
 */
class MockSessionTest extends InterviewServiceTestBase {

    static final Map<String, Integer> FIRST_SCORES = ordered("initiative", 2, "pushback", 1, "personal_actions", 0,
            "quantified_impact", 0, "tradeoffs", 1);
    static final Map<String, Integer> OWNERSHIP_SCORES = ordered("beyond_scope", 1, "end_to_end", 2,
            "long_term_thinking", 0, "accountability", 2);

    @Test
    void aMockSessionAsksFollowUpsOnTheWeakestDimensionThenTheNextCompetencyThenCompletesWithAReport() {
        Map<String, Object> created = createSession("{\"mode\":\"MOCK\",\"competencyIds\":[\"" + COMPETENCY + "\",\""
                + OTHER_COMPETENCY + "\"],\"questionsPerCompetency\":1,\"maxFollowUps\":2,\"answerTimeLimitSeconds\":60}");
        String id = created.get("id").toString();
        assertThat(created.get("competencyIds")).isEqualTo(List.of(COMPETENCY, OTHER_COMPETENCY));
        assertThat(created.get("plan")).isEqualTo(Map.of("questionsTotal", 2, "questionIndex", 0, "maxFollowUps", 2,
                "answerTimeLimitSeconds", 60));
        var all = stream(id, null).take(16).collectList().timeout(Duration.ofSeconds(60)).toFuture();

        JsonNode asked = json(eventAt(id, 1).data());
        assertThat(asked.get("questionId").asString()).isEqualTo(FakeContentService.questionId(COMPETENCY, 1));
        assertThat(asked.get("kind").asString()).isEqualTo("MAIN");
        assertThat(asked.get("index").asInt()).isZero();
        assertThat(asked.get("total").asInt()).isEqualTo(2);
        assertThat(asked.get("timeLimitSeconds").asInt()).isEqualTo(60);

        Map<String, Object> accepted = answer(id, asked.get("questionId").asString(), "My first story.");
        assertThat(accepted.get("overTime")).isEqualTo(false);
        evaluate(id, 1, FIRST_SCORES);
        // personal_actions and quantified_impact both scored 0: the rubric weighs quantified_impact more
        JsonNode first = followUp(id, 4);
        assertThat(first.get("targets").asString()).isEqualTo("quantified_impact");
        assertThat(first.get("text").asString()).isEqualTo(FakeContentService.followUpQuestion(COMPETENCY, 2));
        assertThat(first.get("followUpNumber").asInt()).isEqualTo(1);
        assertThat(first.get("parentQuestionId").asString()).isEqualTo(FakeContentService.questionId(COMPETENCY, 1));

        answer(id, first.get("questionId").asString(), "It cut errors by half.");
        evaluate(id, 2, FIRST_SCORES);
        // quantified_impact has no unused follow-up left: the next-weakest dimension's
        JsonNode second = followUp(id, 7);
        assertThat(second.get("targets").asString()).isEqualTo("personal_actions");
        assertThat(second.get("followUpNumber").asInt()).isEqualTo(2);
        assertThat(published(id, 2).questionText()).isEqualTo(first.get("text").asString());

        answer(id, second.get("questionId").asString(), "I wrote the fix myself.");
        evaluate(id, 3, FIRST_SCORES);
        // two follow-ups asked: the next competency's question
        JsonNode next = json(eventAt(id, 10).data());
        assertThat(next.get("questionId").asString()).isEqualTo(FakeContentService.questionId(OTHER_COMPETENCY, 1));
        assertThat(next.get("index").asInt()).isEqualTo(1);

        answer(id, next.get("questionId").asString(), "They dropped the ball, so I took over the migration.");
        Evaluation.Flag blame = new Evaluation.Flag("blame", "Blamed others", "RED_FLAG",
                List.of(new Evaluation.Evidence(0, 22, "They dropped the ball")), "Say what you did, not who failed.");
        publish(Topics.ANSWER_EVALUATED, id, EventJson.write(evaluationOf(published(id, 4), OWNERSHIP_SCORES, 2.0,
                "SDE1", List.of(blame))));
        // long_term_thinking is weakest but the card has no follow-up on it
        JsonNode third = followUp(id, 13);
        assertThat(third.get("targets").asString()).isEqualTo("beyond_scope");

        answer(id, third.get("questionId").asString(), "A follow-up answer the scorer gives up on.");
        publish(Topics.ANSWER_SUBMITTED_DEAD_LETTER, id, EventJson.write(published(id, 5)));

        List<ServerSentEvent<String>> events = all.join();
        assertThat(events).extracting(ServerSentEvent::event).containsExactly(
                "question-asked", "answer-submitted", "answer-evaluated", "follow-up-asked",
                "answer-submitted", "answer-evaluated", "follow-up-asked",
                "answer-submitted", "answer-evaluated", "question-asked",
                "answer-submitted", "answer-evaluated", "follow-up-asked",
                "answer-submitted", "answer-failed", "session-completed");
        JsonNode completed = json(events.get(15).data());
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("reportUrl").asString()).isEqualTo("/api/sessions/" + id + "/report");

        http.get().uri("/api/sessions/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("COMPLETED")
                .jsonPath("$.answers.length()").isEqualTo(5)
                .jsonPath("$.answers[1].kind").isEqualTo("FOLLOW_UP")
                .jsonPath("$.answers[1].competencyId").isEqualTo(COMPETENCY)
                .jsonPath("$.answers[0].effectiveScores.quantified_impact").isEqualTo(0)
                .jsonPath("$.answers[4].status").isEqualTo("FAILED");

        http.get().uri("/api/sessions/{id}/report", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("COMPLETED")
                .jsonPath("$.mode").isEqualTo("MOCK")
                .jsonPath("$.answers").isEqualTo(5)
                .jsonPath("$.overTimeAnswers").isEqualTo(0)
                .jsonPath("$.overall").isEqualTo(2.5)
                .jsonPath("$.verdict").isEqualTo("LEAN_HIRE")
                .jsonPath("$.levelReached").isEqualTo("SDE1")
                .jsonPath("$.competencies[0].competencyId").isEqualTo(COMPETENCY)
                .jsonPath("$.competencies[0].answers").isEqualTo(3)
                .jsonPath("$.competencies[0].dimensions[3].key").isEqualTo("quantified_impact")
                .jsonPath("$.competencies[0].dimensions[3].score").isEqualTo(0.0)
                .jsonPath("$.competencies[0].dimensions[3].attempts").isEqualTo(3)
                .jsonPath("$.competencies[1].competencyId").isEqualTo(OTHER_COMPETENCY)
                .jsonPath("$.flags[0].key").isEqualTo("blame")
                .jsonPath("$.flags[0].quote").isEqualTo("They dropped the ball")
                .jsonPath("$.pacing.length()").isEqualTo(2)
                .jsonPath("$.pacing[0].segments[0].part").isEqualTo("SITUATION")
                .jsonPath("$.fixNext.length()").isEqualTo(3)
                .jsonPath("$.fixNext[0].flag").isEqualTo("blame")
                .jsonPath("$.fixNext[1].dimension").isEqualTo("quantified_impact")
                .jsonPath("$.fixNext[1].how").isEqualTo("Feedback on quantified_impact");

        http.post().uri("/api/sessions/{id}/answers", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", third.get("questionId").asString(), "text", "Too late."))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("COMPLETED"));
    }

    @Test
    void oneCompetencyTakesThreeQuestionsByDefaultAndTheCandidateMayEndEarly() {
        Map<String, Object> created = createSession("{\"mode\":\"MOCK\",\"competencyId\":\"" + COMPETENCY
                + "\",\"maxFollowUps\":0}");
        String id = created.get("id").toString();
        assertThat(((Map<?, ?>) created.get("plan")).get("questionsTotal")).isEqualTo(3);
        assertThat(((Map<?, ?>) created.get("currentQuestion")).get("deadline")).isNotNull();
        answer(id, FakeContentService.questionId(COMPETENCY, 1), "Story one.");
        evaluate(id, 1, FIRST_SCORES);
        JsonNode next = json(eventAt(id, 4).data());
        assertThat(next.get("questionId").asString()).isEqualTo(FakeContentService.questionId(COMPETENCY, 2));

        http.post().uri("/api/sessions/{id}/complete", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("COMPLETED");
        assertThat(eventAt(id, 5).event()).isEqualTo("session-completed");
        http.get().uri("/api/sessions/{id}/report", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.competencies[0].answers").isEqualTo(1);
    }

    private JsonNode followUp(String sessionId, long seq) {
        ServerSentEvent<String> e = eventAt(sessionId, seq);
        assertThat(e.event()).isEqualTo("follow-up-asked");
        JsonNode data = json(e.data());
        assertThat(data.get("kind").asString()).isEqualTo("FOLLOW_UP");
        return data;
    }

    static Map<String, Integer> ordered(Object... keysAndScores) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < keysAndScores.length; i += 2) {
            scores.put((String) keysAndScores[i], (Integer) keysAndScores[i + 1]);
        }
        return scores;
    }
}
