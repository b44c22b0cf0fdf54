package io.highbar.loadtool;

import java.util.ArrayList;
import java.util.List;

import io.highbar.loadtool.SseParser.SseEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SseParserTest {

    private static List<SseEvent> feed(SseParser parser, String... lines) {
        List<SseEvent> events = new ArrayList<>();
        for (String line : lines) {
            parser.accept(line).ifPresent(events::add);
        }
        return events;
    }

    @Test
    void parsesThePlatformsEventsAndIgnoresHeartbeats() {
        SseParser parser = new SseParser();
        List<SseEvent> events = feed(parser,
                "id:1", "event:question-asked", "data:{\"questionId\":\"q1\"}", "",
                ":heartbeat", "",
                "id:2", "event:answer-evaluated", "data:{\"answerId\":\"a1\"}", "");

        assertThat(events).containsExactly(
                new SseEvent("1", "question-asked", "{\"questionId\":\"q1\"}"),
                new SseEvent("2", "answer-evaluated", "{\"answerId\":\"a1\"}"));
        assertThat(parser.comments()).isEqualTo(1);
        assertThat(parser.lastEventId()).isEqualTo("2");
    }

    @Test
    void dropsOneLeadingSpaceJoinsDataLinesAndToleratesCarriageReturns() {
        List<SseEvent> events = feed(new SseParser(),
                "id: 7\r", "event: answer-failed\r", "data:  first\r", "data: second", "\r");

        assertThat(events).containsExactly(new SseEvent("7", "answer-failed", " first\nsecond"));
    }

    @Test
    void anEventWithoutDataIsNotDispatchedAndTheTypeDefaultsToMessage() {
        SseParser parser = new SseParser();
        List<SseEvent> events = feed(parser, "event: nothing", "", "data", "", "data: x", "");

        assertThat(events).containsExactly(new SseEvent(null, "message", ""), new SseEvent(null, "message", "x"));
    }

    @Test
    void theLastEventIdSurvivesLaterEventsWithoutAnId() {
        SseParser parser = new SseParser();
        List<SseEvent> events = feed(parser, "id: 3", "data: a", "", "data: b", "", "retry: 1000", "unknown", "");

        assertThat(events).extracting(SseEvent::id).containsExactly("3", "3");
        assertThat(parser.lastEventId()).isEqualTo("3");
    }
}
