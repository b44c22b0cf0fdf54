package io.highbar.infra;

import static io.highbar.infra.StoreFixture.withStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store keeps documents as BSON and orders unique indexes by value; stores written before still open. */
class FileBackedMongoStoreTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueReadsBackAsWrittenAfterARestart() {
        Path file = dir.resolve("store.mv");
        Document written = new Document("_id", "kinds")
                .append("text", "Ünïcødé ✓").append("int", 42).append("long", 1L << 40).append("double", 2.5)
                .append("flag", true).append("nothing", null).append("when", new Date(1_795_000_000_000L))
                .append("oid", new ObjectId("65a1b2c3d4e5f60718293a4b")).append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("decimal", Decimal128.parse("12.345"))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0))));
        withStore(file, c -> c.insertOne(written));
        withStore(file, c -> assertThat(c.find(new Document("_id", "kinds")).first()).isEqualTo(written));
    }

    @Test
    void aCompareAndSetOnIdAndRevisionMatchesExactlyOneDocumentAmongMany() {
        Path file = dir.resolve("store.mv");
        withStore(file, c -> {
            c.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().name("id_revision").unique(true));
            for (int i = 0; i < 300; i++) {
                c.insertOne(new Document("_id", UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}).toString())
                        .append("revision", (long) i % 7));
            }
        });
        withStore(file, c -> {
            for (Document d : c.find()) {
                Document sameRevision = new Document("_id", d.getString("_id")).append("revision", d.getLong("revision"));
                assertThat(c.updateOne(sameRevision, Updates.inc("revision", 1L)).getMatchedCount()).isEqualTo(1);
                assertThat(c.updateOne(sameRevision, Updates.inc("revision", 1L)).getMatchedCount()).isZero();
            }
            assertThatThrownBy(() -> c.insertOne(new Document("_id", c.find().first().getString("_id"))))
                    .isInstanceOf(MongoWriteException.class);
        });
    }

    @Test
    void aStoreWrittenByTheStockBackendOpensWithItsDocumentsAndIndexes() {
        Path file = dir.resolve("store.mv");
        MVStore stock = new MVStore.Builder().fileName(file.toString()).open();
        H2Backend backend = new H2Backend(stock);
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", SharedTestInfrastructure.freePort());
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort())) {
            MongoCollection<Document> c = client.getDatabase("db").getCollection("c");
            c.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().name("id_revision").unique(true));
            c.insertOne(new Document("_id", "old").append("revision", 3L).append("answers", List.of("a", "b")));
        } finally {
            server.shutdownNow();
            backend.close();
        }

        withStore(file, c -> {
            assertThat(c.find(new Document("_id", "old")).first()).containsEntry("answers", List.of("a", "b"));
            assertThat(c.updateOne(new Document("_id", "old").append("revision", 3L),
                    Updates.combine(Updates.set("revision", 4L), Updates.push("answers", "c"))).getMatchedCount())
                    .isEqualTo(1);
            assertThatThrownBy(() -> c.insertOne(new Document("_id", "old"))).isInstanceOf(MongoWriteException.class);
        });
        withStore(file, c -> assertThat(c.find(new Document("_id", "old").append("revision", 4L)).first())
                .containsEntry("answers", List.of("a", "b", "c")));
    }
}
