package io.highbar.interview.session.store;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Session;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.evaluation.Evaluation;
import org.bson.Document;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a session stored by release 0.1.0 as one document (plan, answers, notes, events and outbox together; each
 * evaluation as a string of its JSON, or as fields in older documents), for {@link StoreMigration}. Nothing writes
 * this form any more.
 */
final class LegacySessionDocuments {

    /** A field a later release added is missing and takes its default (0, false, then the records' own defaults). */
    private static final JsonMapper READER = EventJson.mapper().rebuild()
            .addMixIn(Answer.class, StoredAnswer.class)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private LegacySessionDocuments() {
    }

    static Session fromDocument(Document document) {
        return READER.treeToValue(BsonTree.toJson(document), Session.class);
    }

    private abstract static class StoredAnswer {
        @JsonDeserialize(using = EvaluationFromTextOrFields.class)
        abstract Evaluation evaluation();
    }

    private static final class EvaluationFromTextOrFields extends ValueDeserializer<Evaluation> {
        @Override
        public Evaluation deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return READER.readValue(parser.getString(), Evaluation.class);
            }
            return context.readValue(parser, Evaluation.class);
        }
    }
}
