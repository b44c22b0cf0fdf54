package io.highbar.infra;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;

/**
 * A MongoDB wire-protocol server (mongo-java-server) spoken to by the real MongoDB driver.
 * File-backed (H2 MVStore) when a file is given, so data survives a restart; in memory otherwise.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    /**
     * Pages read from the file are kept decoded. The default 16 MB made every read of a busy store decode again, and
     * 64 MB (a decoded document counts four times its BSON) kept only a few hundred sessions of a benchmark store.
     */
    private static final int CACHE_MB = 160;

    private final int port;
    private final Path storeFile;
    private MongoServer server;
    private MongoBackend backend;

    public EmbeddedMongoServer(int port, Path storeFile) {
        this.port = port;
        this.storeFile = storeFile;
    }

    public synchronized EmbeddedMongoServer start() {
        if (server == null) {
            backend = storeFile == null ? new MemoryBackend() : new FileBackedMongoBackend(new MVStore.Builder()
                    .fileName(storeFile.toAbsolutePath().toString())
                    .cacheSize(CACHE_MB)
                    .open());
            // no oplog: nothing here reads change streams, and it stored a copy of every written document, forever
            server = new MongoServer(backend);
            server.bind("localhost", port);
        }
        return this;
    }

    public String connectionString(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            backend.close();
            server = null;
            backend = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
