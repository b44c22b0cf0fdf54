package io.highbar.interview.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.highbar.contracts.EventJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An answer-evaluated event is stored without its evaluation (the answer holds it: storing it twice made every
 * session document a third larger); what a stream shows has it back in place. Each stored event is completed once
 * and shared by every stream and every copy of the session that holds the same event (keys are weak, by identity).
 * Events stored with the evaluation inside (older sessions) are shown as stored.
 */
final class ShownEvents {

    private static final Cache<SessionEvent, SessionEvent> COMPLETED = Caffeine.newBuilder()
            .weakKeys().maximumSize(20_000).build();

    private ShownEvents() {
    }

    static SessionEvent shown(SessionEvent event, Session session) {
        if (!SessionEvent.ANSWER_EVALUATED.equals(event.type()) || !(event.data() instanceof ObjectNode data)) {
            return event;
        }
        JsonNode stored = data.get("evaluation");
        if (stored != null && !stored.isNull()) {
            return event;
        }
        return COMPLETED.get(event, e -> session.answer(data.path("answerId").asString())
                .filter(Answer::isEvaluated)
                .map(answer -> {
                    ObjectNode whole = data.deepCopy();
                    whole.set("evaluation", EventJson.mapper().valueToTree(answer.evaluation()));
                    return new SessionEvent(e.seq(), e.type(), whole, e.at());
                })
                .orElse(e));
    }
}
