package io.highbar.infra;

import java.nio.file.Path;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** A wire server of its own for one use, through the real driver. */
final class StoreFixture {

    private StoreFixture() {
    }

    /**
     * Runs {@code use} against collection {@code c} of database {@code db}, on the file store in {@code file}, or on
     * the stock in-memory store if {@code file} is null; the server stops afterwards.
     */
    static void withStore(Path file, Consumer<MongoCollection<Document>> use) {
        int port = SharedTestInfrastructure.freePort();
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(port, file).start();
             MongoClient client = MongoClients.create(server.connectionString("db"))) {
            use.accept(client.getDatabase("db").getCollection("c"));
        }
    }
}
