package io.highbar.interview.scoring;

import io.highbar.interview.session.app.SessionService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;


/**
 * Answers the scorer gave up on (its dead-letter topic) are shown to the candidate as failed to score,
 * instead of leaving them waiting forever.
 */
@Component
public class ScoringFailureListener {

    private static final Logger log = LoggerFactory.getLogger(ScoringFailureListener.class);
    static final String REASON = "The scorer could not evaluate this answer; submit it again, and if it fails "
            + "again, report it with the answer id.";

    private final SessionService sessions;

    public ScoringFailureListener(SessionService sessions) {
        this.sessions = sessions;
    }

    @KafkaListener(id = "answer-scoring-failed", idIsGroup = false, topics = Topics.ANSWER_SUBMITTED_DEAD_LETTER)
    public void onDeadLetter(ConsumerRecord<String, String> record) {
        JsonNode event;
        try {
            event = record.value() == null ? null : EventJson.mapper().readTree(record.value());
        } catch (JacksonException e) {
            event = null;
        }
        String answerId = text(event, "answerId");
        String sessionId = text(event, "sessionId");
        if (answerId == null || sessionId == null) {
            // not an answer this service accepted (it only publishes well-formed ones): nothing to mark
            log.warn("Dead-lettered record at {}-{}@{} names no answer; cause: {}", record.topic(),
                    record.partition(), record.offset(), header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE));
            return;
        }
        log.warn("Answer {} of session {} failed to score: {}", answerId, sessionId,
                header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE));
        sessions.recordScoringFailure(sessionId, answerId, REASON).block(Duration.ofSeconds(30));
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "unknown" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
