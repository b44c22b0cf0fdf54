package io.highbar.infra;

import static io.highbar.infra.StoreFixture.withStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store keeps every kind of value across a restart, refuses a unique key taken twice (what interview-service's
 * session log relies on), and moves a store of release 0.1.0's own format aside instead of failing on it.
 */
class FileStoreTest {

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
    void aKeyTakenOnceIsRefusedASecondTimeAlsoAfterARestart() {
        Path file = dir.resolve("store.mv");
        withStore(file, c -> {
            c.insertOne(new Document("_id", "session-1/0").append("seq", 0L));
            assertThatThrownBy(() -> c.insertOne(new Document("_id", "session-1/0").append("seq", 0L)))
                    .isInstanceOf(MongoWriteException.class)
                    .satisfies(e -> assertThat(((MongoWriteException) e).getError().getCode()).isEqualTo(11000));
        });
        withStore(file, c -> assertThatThrownBy(() -> c.insertOne(new Document("_id", "session-1/0")))
                .isInstanceOf(MongoWriteException.class));
    }

    @Test
    void aStoreOfTheFirstReleasesOwnFormatIsMovedAsideWholeAndANewOneBegins() throws Exception {
        Path file = dir.resolve("store.mv");
        MVStore own = new MVStore.Builder().fileName(file.toString()).open();
        own.openMap("databases.db.c._ordered_index__id_").put("k", "v");
        own.close();

        withStore(file, c -> {
            assertThat(c.countDocuments()).isZero();
            c.insertOne(new Document("_id", "new"));
        });

        Path aside = dir.resolve("store.mv.0.1.0");
        assertThat(aside).exists();
        MVStore kept = new MVStore.Builder().fileName(aside.toString()).readOnly().open();
        assertThat(kept.getMapNames()).contains("databases.db.c._ordered_index__id_");
        kept.close();
        withStore(file, c -> assertThat(c.find(new Document("_id", "new")).first()).isNotNull());
    }
}
