package io.highbar.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.EventJson;
import io.highbar.scoring.engine.Fixtures;
import tools.jackson.databind.JsonNode;

class ScoreCliTest {

    static final String ANSWER = "Last year I noticed that our checkout retries were double-charging cards, which "
            + "was not on my sprint. I wrote a patch, added regression tests and pushed back on the release until it "
            + "was fixed. Double charges dropped from 0.4% to 0.01% of payments and refunds fell by 30%, so the "
            + "support team saw far fewer tickets in the following month, and I now review retry logic first.";

    @Test
    void scoresLinesInOrderAndReportsBadLines() throws Exception {
        String input = String.join("\n",
                line("a", "insist-on-highest-standards", ANSWER),
                "{not json",
                line("c", "no-such-card", ANSWER),
                "{\"id\":\"d\",\"competencyId\":\"insist-on-highest-standards\"}",
                line("e", "insist-on-highest-standards", ANSWER)) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ScoreCli(Fixtures.ENGINE).run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, 2);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        JsonNode a = EventJson.mapper().readTree(lines.get(0));
        assertThat(a.get("id").asString()).isEqualTo("a");
        assertThat(a.get("evaluation").get("competencyId").asString()).isEqualTo("insist-on-highest-standards");
        assertThat(EventJson.mapper().readTree(lines.get(1)).get("error").asString()).isEqualTo("invalid JSON");
        assertThat(EventJson.mapper().readTree(lines.get(2)).get("error").asString()).contains("unknown competencyId");
        assertThat(EventJson.mapper().readTree(lines.get(3)).get("error").asString()).contains("missing answer");
        assertThat(EventJson.mapper().readTree(lines.get(4)).get("id").asString()).isEqualTo("e");
        assertThat(lines.get(4).replace("\"e\"", "\"a\"")).isEqualTo(lines.get(0));
    }

    static String line(String id, String card, String answer) {
        return EventJson.write(java.util.Map.of("id", id, "competencyId", card, "question", "q", "answer", answer));
    }
}
