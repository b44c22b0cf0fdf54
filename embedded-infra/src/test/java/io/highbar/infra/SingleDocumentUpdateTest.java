package io.highbar.infra;

import static io.highbar.infra.StoreFixture.withStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store updates one document without the stock server's copies ({@link BsonCollection#updateDocuments});
 * the same updates on the stock in-memory store must leave the same documents and report the same counts.
 */
class SingleDocumentUpdateTest {

    @TempDir
    Path dir;

    @Test
    void theStockUpdateSemanticsAreReachable() {
        assertThat(BsonCollection.CALCULATE_UPDATE)
                .as("mongo-java-server's calculateUpdateDocument: without it every update takes the slow stock path")
                .isNotNull();
    }

    @Test
    void everyKindOfSingleDocumentUpdateLeavesWhatTheStockStoreLeaves() {
        List<Function<MongoCollection<Document>, Object>> steps = List.of(
                c -> c.insertOne(new Document("_id", "s1").append("revision", 1L)
                        .append("answers", new ArrayList<>(List.of(new Document("id", "a1").append("status", "PENDING"))))
                        .append("notes", List.of())),
                c -> counts(c.updateOne(new Document("_id", "s1").append("revision", 1L), Updates.combine(
                        Updates.set("revision", 2L), Updates.push("answers", new Document("id", "a2").append("status", "PENDING")),
                        Updates.set("outboxPending", true)))),
                c -> counts(c.updateOne(Filters.and(Filters.eq("_id", "s1"), Filters.eq("answers.id", "a2")),
                        Updates.set("answers.$.status", "EVALUATED"))),
                c -> counts(c.updateOne(new Document("_id", "s1"), Updates.set("answers.0.status", "FAILED"))),
                c -> counts(c.updateOne(new Document("_id", "s1"), Updates.inc("revision", 1L))),
                c -> counts(c.updateOne(new Document("_id", "s1"), Updates.unset("outboxPending"))),
                c -> counts(c.updateOne(new Document("_id", "s1"), Updates.pull("answers", new Document("id", "a1")))),
                c -> counts(c.updateOne(new Document("_id", "s1"), Updates.set("revision", 3L))), // no change
                c -> counts(c.updateOne(new Document("_id", "s1").append("revision", 99L), Updates.set("revision", 4L))),
                c -> counts(c.updateOne(new Document("_id", "nobody"), Updates.set("revision", 1L))),
                c -> counts(c.updateOne(new Document("_id", "s2"), Updates.set("revision", 1L), new UpdateOptions().upsert(true))),
                c -> counts(c.replaceOne(new Document("_id", "s2"), new Document("_id", "s2").append("replaced", true))),
                c -> counts(c.updateMany(new Document(), Updates.set("swept", true))),
                c -> c.find().sort(Indexes.ascending("_id")).into(new ArrayList<>()));

        assertThat(run(steps, fileStore())).isEqualTo(run(steps, null));
    }

    @Test
    void anUpdateBreakingAUniqueIndexChangesNothing() {
        withFileStore(c -> {
            c.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            c.insertOne(new Document("_id", 1).append("email", "a@x"));
            c.insertOne(new Document("_id", 2).append("email", "b@x").append("n", 1));

            assertThatThrownBy(() -> c.updateOne(new Document("_id", 2),
                    Updates.combine(Updates.set("email", "a@x"), Updates.set("n", 2))))
                    .isInstanceOf(MongoWriteException.class);

            assertThat(c.find(new Document("_id", 2)).first()).isEqualTo(new Document("_id", 2).append("email", "b@x").append("n", 1));
            assertThat(c.find(new Document("email", "b@x")).first()).containsEntry("_id", 2);
        });
    }

    @Test
    void indexesFollowTheUpdatedDocument() {
        withFileStore(c -> {
            c.createIndex(Indexes.ascending("status", "activityMillis"), new IndexOptions().name("live_idle"));
            c.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().name("id_revision").unique(true));
            c.insertOne(new Document("_id", "s").append("revision", 1L).append("status", "ASKING").append("activityMillis", 10L));

            assertThat(c.updateOne(new Document("_id", "s").append("revision", 1L), Updates.combine(Updates.set("revision", 2L),
                    Updates.set("status", "COMPLETED"), Updates.set("activityMillis", 20L))).getModifiedCount()).isEqualTo(1);

            assertThat(c.find(new Document("status", "ASKING").append("activityMillis", new Document("$lt", 100L))).first()).isNull();
            assertThat(c.find(new Document("status", "COMPLETED").append("activityMillis", new Document("$lt", 100L))).first())
                    .containsEntry("_id", "s");
            assertThat(c.find(new Document("_id", "s").append("revision", 1L)).first()).isNull();
            assertThat(c.find(new Document("_id", "s").append("revision", 2L)).first()).containsEntry("status", "COMPLETED");
        });
    }

    @Test
    void anUpdatedDocumentReadsBackAfterARestart() {
        Path file = dir.resolve("restart.mv");
        withStore(file, c -> {
            c.insertOne(new Document("_id", "s").append("answers", List.of("a")));
            c.updateOne(new Document("_id", "s"), Updates.push("answers", "b"));
        });
        withStore(file, c -> assertThat(c.find(new Document("_id", "s")).first()).containsEntry("answers", List.of("a", "b")));
    }

    private static List<Object> counts(UpdateResult result) {
        return List.of(result.getMatchedCount(), result.getModifiedCount(),
                String.valueOf(result.getUpsertedId()));
    }

    private static List<Object> run(List<Function<MongoCollection<Document>, Object>> steps, Path file) {
        List<Object> outcomes = new ArrayList<>();
        withStore(file, c -> {
            for (Function<MongoCollection<Document>, Object> step : steps) {
                Object outcome = step.apply(c);
                outcomes.add(outcome instanceof List<?> ? outcome : "done");
            }
        });
        return outcomes;
    }

    private Path fileStore() {
        return dir.resolve("store.mv");
    }

    private void withFileStore(java.util.function.Consumer<MongoCollection<Document>> use) {
        withStore(fileStore(), use);
    }
}
