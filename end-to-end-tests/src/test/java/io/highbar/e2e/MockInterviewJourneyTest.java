package io.highbar.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.highbar.contracts.EventJson;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * A full MOCK interview through the gateway with the real scorer, broker and store: two competencies, one question
 * each, up to two follow-ups per question. Every follow-up must be the card's follow-up on the weakest dimension of
 * the evaluation the client just saw that still has an unused follow-up; the session completes with a report.
 */
class MockInterviewJourneyTest {

    static final List<String> COMPETENCIES = List.of("insist-on-highest-standards", "ownership");
    static final String FOLLOW_UP_ANSWER = "I did it myself: I wrote the patch, asked the Platform lead to review it "
            + "and we cut failures from 3% to 0.2% in two weeks.";

    @Test
    void aMockInterviewAsksFollowUpsOnTheWeakestDimensionAndEndsWithAReport() throws Exception {
        GatewayClient client = new GatewayClient(Platform.embedded().gatewayUrl());
        Map<String, List<JsonNode>> followUpsByCompetency = Map.of(
                COMPETENCIES.get(0), followUpsOf(client, COMPETENCIES.get(0)),
                COMPETENCIES.get(1), followUpsOf(client, COMPETENCIES.get(1)));

        Map<String, Object> session = client.web().post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mode", "MOCK", "competencyIds", COMPETENCIES, "questionsPerCompetency", 1,
                        "maxFollowUps", 2, "targetLevel", "SDE2"))
                .retrieve().bodyToMono(GatewayClient.JSON).block(Duration.ofSeconds(20));
        String sessionId = session.get("id").toString();
        assertThat(session.get("status")).isEqualTo("ASKING");
        assertThat(session.get("competencyIds")).isEqualTo(COMPETENCIES);

        BlockingQueue<ServerSentEvent<String>> events = new LinkedBlockingQueue<>();
        Disposable stream = client.events(sessionId).subscribe(events::add);
        try {
            ServerSentEvent<String> asked = next(events, "question-asked");
            Set<String> usedFollowUps = new HashSet<>();
            int followUpsAsked = 0;
            int answers = 0;
            List<String> mainQuestions = new ArrayList<>();
            while (true) {
                assertThat(asked.event()).isIn("question-asked", "follow-up-asked");
                JsonNode question = json(asked);
                String competency = question.get("competencyId").asString();
                boolean main = "question-asked".equals(asked.event());
                if (main) {
                    mainQuestions.add(question.get("questionId").asString());
                    assertThat(question.get("questionId").asString()).startsWith(competency);
                    assertThat(question.get("index").asInt()).isEqualTo(mainQuestions.size() - 1);
                    assertThat(question.get("total").asInt()).isEqualTo(2);
                }
                String answerId = client.submit(sessionId, question.get("questionId").asString(),
                        main ? AnswerJourneyTest.STRONG_ANSWER : FOLLOW_UP_ANSWER);
                answers++;
                next(events, "answer-submitted");
                ServerSentEvent<String> settled = events.poll(60, TimeUnit.SECONDS);
                assertThat(settled).as("evaluation of answer " + answerId).isNotNull();
                assertThat(settled.event()).isEqualTo("answer-evaluated");
                JsonNode evaluation = json(settled).get("evaluation");
                assertThat(json(settled).get("answerId").asString()).isEqualTo(answerId);

                List<JsonNode> open = unusedFollowUpsByDimension(evaluation, followUpsByCompetency.get(competency),
                        usedFollowUps);
                ServerSentEvent<String> after = events.poll(30, TimeUnit.SECONDS);
                assertThat(after).as("what follows the evaluation").isNotNull();
                int followUpsOfThisQuestion = main ? 0 : question.get("followUpNumber").asInt();
                if ("follow-up-asked".equals(after.event())) {
                    JsonNode followUp = json(after);
                    followUpsAsked++;
                    String targets = followUp.get("targets").asString();
                    int weakest = open.stream().mapToInt(d -> d.get("score").asInt()).min().orElseThrow();
                    assertThat(open).as("follow-up on %s; open dimensions %s", targets, open)
                            .anySatisfy(d -> {
                                assertThat(d.get("key").asString()).isEqualTo(targets);
                                assertThat(d.get("score").asInt()).isEqualTo(weakest);
                            });
                    assertThat(followUpsByCompetency.get(competency)).anySatisfy(card -> {
                        assertThat(card.get("question").asString()).isEqualTo(followUp.get("text").asString());
                        assertThat(card.get("targets").asString()).isEqualTo(targets);
                    });
                    assertThat(usedFollowUps.add(competency + "|" + followUp.get("text").asString()))
                            .as("a probe is never asked twice").isTrue();
                    assertThat(followUp.get("followUpNumber").asInt()).isEqualTo(followUpsOfThisQuestion + 1);
                    assertThat(followUp.get("parentQuestionId").asString()).isEqualTo(mainQuestions.get(mainQuestions.size() - 1));
                    asked = after;
                    continue;
                }
                if (followUpsOfThisQuestion < 2) {
                    assertThat(open).as("no follow-up asked although some were open").isEmpty();
                }
                if ("session-completed".equals(after.event())) {
                    assertThat(json(after).get("status").asString()).isEqualTo("COMPLETED");
                    break;
                }
                assertThat(after.event()).isEqualTo("question-asked");
                asked = after;
            }
            assertThat(mainQuestions).hasSize(2);
            assertThat(followUpsAsked).as("follow-ups asked in the interview").isPositive();

            Map<String, Object> stored = client.session(sessionId);
            assertThat(stored.get("status")).isEqualTo("COMPLETED");
            assertThat((List<?>) stored.get("answers")).hasSize(answers);

            JsonNode report = EventJson.mapper().readTree(client.web().get().uri("/api/sessions/{id}/report", sessionId)
                    .retrieve().bodyToMono(String.class).block(Duration.ofSeconds(20)));
            assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(report.get("answers").asInt()).isEqualTo(answers);
            assertThat(report.get("overall").asDouble()).isBetween(1.0, 4.0);
            assertThat(report.get("levelReached").asString()).isIn("NONE", "SDE1", "SDE2", "SENIOR", "STAFF");
            assertThat(report.get("meetsTargetLevel").isBoolean()).isTrue();
            assertThat(report.get("competencies")).hasSize(2);
            for (JsonNode competency : report.get("competencies")) {
                assertThat(competency.get("dimensions").size()).isPositive();
                for (JsonNode dimension : competency.get("dimensions")) {
                    assertThat(dimension.get("score").asDouble()).isBetween(0.0, 2.0);
                    assertThat(dimension.get("title").asString()).isNotBlank();
                }
            }
            assertThat(report.get("pacing")).hasSize(2);
            assertThat(report.get("fixNext").size()).isBetween(1, 3);
            for (JsonNode fix : report.get("fixNext")) {
                assertThat(fix.get("how").asString()).isNotBlank();
            }
        } finally {
            stream.dispose();
        }
    }

    /** The evaluation's dimensions that still have a follow-up on the card the session has not asked. */
    private static List<JsonNode> unusedFollowUpsByDimension(JsonNode evaluation, List<JsonNode> cardFollowUps,
                                                             Set<String> used) {
        List<JsonNode> open = new ArrayList<>();
        String competency = evaluation.get("competencyId").asString();
        for (JsonNode dimension : evaluation.get("dimensions")) {
            boolean hasUnused = cardFollowUps.stream().anyMatch(f ->
                    f.get("targets").asString().equals(dimension.get("key").asString())
                            && !used.contains(competency + "|" + f.get("question").asString()));
            if (hasUnused) {
                open.add(dimension);
            }
        }
        return open;
    }

    private static List<JsonNode> followUpsOf(GatewayClient client, String competencyId) {
        JsonNode card = EventJson.mapper().readTree(client.web().get().uri("/api/competencies/{id}", competencyId)
                .retrieve().bodyToMono(String.class).block(Duration.ofSeconds(20)));
        List<JsonNode> followUps = new ArrayList<>();
        card.get("followUps").forEach(followUps::add);
        assertThat(followUps).isNotEmpty();
        return followUps;
    }

    private static ServerSentEvent<String> next(BlockingQueue<ServerSentEvent<String>> events, String type)
            throws InterruptedException {
        ServerSentEvent<String> e = events.poll(60, TimeUnit.SECONDS);
        assertThat(e).as("event " + type).isNotNull();
        assertThat(e.event()).isEqualTo(type);
        return e;
    }

    private static JsonNode json(ServerSentEvent<String> e) {
        return EventJson.mapper().readTree(e.data());
    }
}
