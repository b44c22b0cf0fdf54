package io.highbar.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-unique indexes narrow a query to the documents whose keys match, and queries through them find exactly what a
 * full scan finds, across inserts, updates, deletes and a restart.
 */
class OrderedSecondaryIndexTest {

    @TempDir
    Path dir;

    private static de.bwaldvogel.mongo.bson.Document doc(String id, String status, long activity) {
        return new de.bwaldvogel.mongo.bson.Document("_id", id).append("status", status).append("activity", activity);
    }

    private static OrderedSecondaryIndex statusActivity() {
        return new OrderedSecondaryIndex("live_idle", List.of(new IndexKey("status", true),
                new IndexKey("activity", true)), false, d -> d.get("_id"));
    }

    @Test
    void aRangeOnTheLastKeyReturnsOnlyThePositionsInsideIt() {
        OrderedSecondaryIndex index = statusActivity();
        for (int i = 0; i < 100; i++) {
            index.add(doc("s" + i, i % 2 == 0 ? "ASKING" : "COMPLETED", i), "s" + i, null);
        }
        de.bwaldvogel.mongo.bson.Document idleLive = new de.bwaldvogel.mongo.bson.Document("status",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("ASKING", "CREATED")))
                .append("activity", new de.bwaldvogel.mongo.bson.Document("$lt", 10L));

        assertThat(index.canHandle(idleLive)).isTrue();
        assertThat(index.getPositions(idleLive)).containsExactly("s0", "s2", "s4", "s6", "s8");

        index.updateInPlace(doc("s4", "ASKING", 4), doc("s4", "ASKING", 50), "s4", null);
        index.remove(doc("s6", "ASKING", 6));
        assertThat(index.getPositions(idleLive)).containsExactly("s0", "s2", "s8");
    }

    @Test
    void anEqualityOnEveryKeyReturnsTheDocumentsSharingThatKey() {
        OrderedSecondaryIndex index = statusActivity();
        index.add(doc("a", "ASKING", 5), "a", null);
        index.add(doc("b", "ASKING", 5), "b", null);
        index.add(doc("c", "ASKING", 6), "c", null);

        de.bwaldvogel.mongo.bson.Document query = new de.bwaldvogel.mongo.bson.Document("status", "ASKING")
                .append("activity", 5L);
        assertThat(index.getPositions(query)).containsExactly("a", "b");
    }

    @Test
    void aSparseIndexLeavesOutDocumentsWithoutItsFieldAndReadsNestedOnes() {
        OrderedSecondaryIndex index = new OrderedSecondaryIndex("owner", List.of(new IndexKey("meta.owner", true)),
                true, d -> d.get("_id"));
        de.bwaldvogel.mongo.bson.Document owned = new de.bwaldvogel.mongo.bson.Document("_id", "a")
                .append("meta", new de.bwaldvogel.mongo.bson.Document("owner", "x"));
        de.bwaldvogel.mongo.bson.Document unowned = new de.bwaldvogel.mongo.bson.Document("_id", "b");
        index.add(owned, "a", null);
        index.add(unowned, "b", null);

        assertThat(index.getPositions(new de.bwaldvogel.mongo.bson.Document("meta.owner", "x"))).containsExactly("a");
        assertThat(index.getCount()).isEqualTo(1);
        assertThat(index.remove(unowned)).isNull();
        assertThat(index.remove(owned)).isEqualTo("a");
        assertThat(index.isEmpty()).isTrue();
    }

    @Test
    void queriesItCannotNarrowAreLeftToAFullScan() {
        OrderedSecondaryIndex index = statusActivity();

        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", "ASKING"))).isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status",
                new de.bwaldvogel.mongo.bson.Document("$lt", "B")).append("activity", 1L))).as("range not last")
                .isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", null).append("activity", 1L)))
                .as("null also matches a missing field").isFalse();
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("status", "A")
                .append("activity", new de.bwaldvogel.mongo.bson.Document("$ne", 1L)))).isFalse();
    }

    @Test
    void theFileStoreOpensANonUniqueIndexAsOneThatServesQueries() {
        MVStore store = new MVStore.Builder().open();
        try {
            FileBackedMongoDatabase database = new FileBackedMongoDatabase("db", store, new CursorRegistry());
            Index<Object> index = database.openOrCreateSecondaryIndex("c", "live_idle",
                    List.of(new IndexKey("status", true), new IndexKey("activity", true)), false);
            index.add(doc("s1", "ASKING", 5), BsonCollection.positionOf(doc("s1", "ASKING", 5), "_id"), null);

            de.bwaldvogel.mongo.bson.Document query = new de.bwaldvogel.mongo.bson.Document("status", "ASKING")
                    .append("activity", 5L);
            assertThat(index.canHandle(query)).isTrue();
            assertThat(index.getPositions(query)).containsExactly("s1");
            assertThat(index.getPosition(doc("s1", "ASKING", 5))).isEqualTo("s1");
        } finally {
            store.close();
        }
    }

    @Test
    void queriesThroughTheIndexFindWhatAFullScanFindsAcrossChangesAndARestart() {
        Path file = dir.resolve("store.mv");
        withStore(file, c -> {
            c.createIndex(Indexes.ascending("status", "activity"), new IndexOptions().name("live_idle"));
            c.createIndex(Indexes.ascending("interviewers"), new IndexOptions().name("interviewers"));
            for (int i = 0; i < 200; i++) {
                c.insertOne(new Document("_id", "s" + i).append("status", i % 3 == 0 ? "COMPLETED" : "ASKING")
                        .append("activity", (long) i).append("interviewers", List.of("i" + (i % 5), "all")));
            }
            c.updateMany(new Document("_id", new Document("$in", List.of("s1", "s2", "s4"))),
                    Updates.set("activity", 1_000L));
            c.updateOne(new Document("_id", "s5"), Updates.set("status", "COMPLETED"));
            c.updateOne(new Document("_id", "s7"), Updates.pull("interviewers", "i2"));
            c.deleteOne(new Document("_id", "s8"));
            assertSameAsFullScan(c);
        });
        withStore(file, c -> {
            assertSameAsFullScan(c);
            c.insertOne(new Document("_id", "new").append("status", "ASKING").append("activity", 3L)
                    .append("interviewers", List.of("i2")));
            assertSameAsFullScan(c);
        });
    }

    /** The same conditions wrapped in $and, which no index serves, are matched by scanning every document. */
    private static void assertSameAsFullScan(MongoCollection<Document> c) {
        Document idle = new Document("status", new Document("$in", List.of("ASKING", "CREATED")))
                .append("activity", new Document("$lt", 50L));
        assertThat(ids(c, idle)).isEqualTo(ids(c, Filters.and(Filters.in("status", "ASKING", "CREATED"),
                Filters.lt("activity", 50L)))).hasSizeGreaterThan(20);
        assertThat(ids(c, new Document("interviewers", "i2")))
                .isEqualTo(ids(c, Filters.and(Filters.eq("interviewers", "i2"), Filters.exists("_id"))))
                .isNotEmpty();
    }

    private static List<String> ids(MongoCollection<Document> c, org.bson.conversions.Bson filter) {
        List<String> ids = new ArrayList<>();
        c.find(filter).forEach(d -> ids.add(d.getString("_id")));
        ids.sort(null);
        return ids;
    }

    private static void withStore(Path file, Consumer<MongoCollection<Document>> use) {
        int port = SharedTestInfrastructure.freePort();
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(port, file).start();
             MongoClient client = MongoClients.create(server.connectionString("db"))) {
            use.accept(client.getDatabase("db").getCollection("c"));
        }
    }
}
