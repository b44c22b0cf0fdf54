package io.highbar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.story.StoryMapped;
import io.highbar.contracts.story.StorySaved;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Pins the JSON both sides of a topic rely on: the documents under {@code contracts/} are the contract.
 * A change that renames or drops a field fails here; adding a field means adding it to the document too.
 */
class EventContractTest {

    @Test
    void answerSubmittedReadsAndWritesThePinnedJson() throws IOException {
        String pinned = resource("contracts/AnswerSubmitted.v1.json");
        AnswerSubmitted event = EventJson.read(pinned, AnswerSubmitted.class);

        assertThat(event.answerId()).isEqualTo("3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b");
        assertThat(event.submittedAt()).isEqualTo(Instant.parse("2026-11-26T10:15:30.123Z"));
        assertThat(tree(EventJson.write(event))).isEqualTo(tree(pinned));
    }

    @Test
    void answerEvaluatedReadsAndWritesThePinnedJson() throws IOException {
        String pinned = resource("contracts/AnswerEvaluated.v1.json");
        AnswerEvaluated event = EventJson.read(pinned, AnswerEvaluated.class);

        assertThat(event.evaluation().dimensions()).singleElement()
                .satisfies(d -> assertThat(d.evidence().get(0).quote()).startsWith("I noticed"));
        assertThat(event.evaluation().followUp().targets()).isEqualTo("quantified_impact");
        assertThat(tree(EventJson.write(event))).isEqualTo(tree(pinned));
    }

    @Test
    void anAnswerTheScorerRefusedCarriesNoVerdictAndSaysWhy() throws IOException {
        String pinned = resource("contracts/AnswerEvaluated.not-scored.v1.json");
        AnswerEvaluated event = EventJson.read(pinned, AnswerEvaluated.class);

        assertThat(event.evaluation().scored()).isFalse();
        assertThat(event.evaluation().verdict()).isEqualTo(Evaluation.NOT_SCORED);
        assertThat(event.evaluation().notScored()).contains("English");
        assertThat(event.evaluation().dimensions()).isEmpty();
        assertThat(tree(EventJson.write(event))).isEqualTo(tree(pinned));
    }

    @Test
    void storySavedReadsAndWritesThePinnedJson() throws IOException {
        String pinned = resource("contracts/StorySaved.v1.json");
        StorySaved event = EventJson.read(pinned, StorySaved.class);

        assertThat(event.version()).isEqualTo(2);
        assertThat(event.savedAt()).isEqualTo(Instant.parse("2026-12-02T15:04:05.123Z"));
        assertThat(tree(EventJson.write(event))).isEqualTo(tree(pinned));
    }

    @Test
    void storyMappedCarriesOneEvaluationPerCompetencyInThePinnedJson() throws IOException {
        String pinned = resource("contracts/StoryMapped.v1.json");
        StoryMapped event = EventJson.read(pinned, StoryMapped.class);

        assertThat(event.version()).isEqualTo(2);
        assertThat(event.evaluations()).singleElement()
                .satisfies(e -> assertThat(e.competencyId()).isEqualTo("insist-on-highest-standards"));
        assertThat(tree(EventJson.write(event))).isEqualTo(tree(pinned));
    }

    @Test
    void instantsAreWrittenAsIsoStrings() {
        AnswerSubmitted event = new AnswerSubmitted("a", "s", "q", "text?", "c", "answer", null, null,
                Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(tree(EventJson.write(event)).get("submittedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() throws IOException {
        String newer = resource("contracts/AnswerSubmitted.v1.json").replaceFirst("\\{", "{\"addedLater\": 42,");
        assertThat(EventJson.read(newer, AnswerSubmitted.class).sessionId())
                .isEqualTo("9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d");
    }

    @Test
    void anEventWithoutItsRequiredIdsIsRefused() {
        assertThatThrownBy(() -> EventJson.read("{\"sessionId\":\"s\"}", AnswerSubmitted.class))
                .hasRootCauseInstanceOf(NullPointerException.class);
    }

    private static JsonNode tree(String json) {
        return EventJson.mapper().readTree(json);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
