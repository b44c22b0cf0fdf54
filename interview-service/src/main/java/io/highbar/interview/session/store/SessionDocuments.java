package io.highbar.interview.session.store;

import io.highbar.interview.session.Answer;
import io.highbar.interview.session.Session;
import io.highbar.contracts.EventJson;
import io.highbar.contracts.evaluation.Evaluation;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a session is stored as a MongoDB document: its JSON form, except that each answer's evaluation is kept as
 * one string holding the evaluation's JSON (the {@code answer-evaluated} contract's {@code evaluation}).
 * <p>
 * An evaluation is written once and never changed (overrides are kept beside it), and nothing queries inside it, but
 * as nested fields it was four fifths of a session's fields: the embedded store copies, compares and encodes every
 * field of a document on each update, so every answer made every later write of its session dearer (BENCHMARKS.md,
 * issue 7). Documents stored before this release hold the evaluation as fields; both forms load.
 */
final class SessionDocuments {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private static final JsonMapper WRITER = EventJson.mapper().rebuild()
            .addMixIn(Answer.class, StoredAnswer.class)
            .build();
    /**
     * Stored documents outlive releases: a field a newer release added is missing from older documents and
     * takes its default (0, false, then the records' own defaults) instead of failing the read.
     */
    private static final JsonMapper READER = WRITER.rebuild()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SessionDocuments() {
    }

    static Document toDocument(Session session) {
        return Document.parse(WRITER.writeValueAsString(session));
    }

    static Session fromDocument(Document document) {
        return READER.readValue(document.toJson(RELAXED), Session.class);
    }

    /** A session's field or list element as {@link #toDocument} stores it, for an update of that part alone. */
    static Object storedValue(Object value) {
        return Document.parse("{\"v\":" + WRITER.writeValueAsString(value) + "}").get("v");
    }

    private abstract static class StoredAnswer {
        @JsonSerialize(using = EvaluationAsText.class)
        @JsonDeserialize(using = EvaluationFromTextOrFields.class)
        abstract Evaluation evaluation();
    }

    private static final class EvaluationAsText extends ValueSerializer<Evaluation> {
        @Override
        public void serialize(Evaluation evaluation, JsonGenerator generator, SerializationContext context) {
            generator.writeString(EventJson.write(evaluation));
        }
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
