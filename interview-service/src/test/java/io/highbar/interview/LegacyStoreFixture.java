package io.highbar.interview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.evaluation.Evaluation;
import org.bson.Document;

/**
 * Three sessions as release 0.1.0 stored them, written by that release's running platform
 * ({@code src/test/resources/legacy-store}): a MOCK with a note, an override and follow-ups, an evaluated DRILL, and
 * a DRILL whose answer was stored and never published. Their evaluations are a real scorer's.
 */
public final class LegacyStoreFixture {

    private LegacyStoreFixture() {
    }

    public static List<Document> sessions() {
        try (InputStream in = LegacyStoreFixture.class.getResourceAsStream("/legacy-store/sessions-0.1.0.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(Document::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first answer's evaluation (about 3 KB), as the scorer published it. */
    public static Evaluation realEvaluation() {
        String json = sessions().get(0).getList("answers", Document.class).get(0).getString("evaluation");
        return EventJson.mapper().readValue(json, Evaluation.class);
    }
}
