package io.highbar.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server as released) spoken to by the real MongoDB driver.
 * File-backed (its H2 MVStore backend) when a file is given, so data survives a restart; in memory otherwise.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    /** Pages read from the file are kept decoded: MVStore's default 16 MB decoded a busy store again on every read. */
    private static final int CACHE_MB = 160;
    /** A map only release 0.1.0's own storage format wrote: that release kept documents in pages no other reads. */
    private static final String OWN_FORMAT_MAP = "._ordered_index_";

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
            backend = storeFile == null ? new MemoryBackend() : new H2Backend(openStore());
            server = new MongoServer(backend);
            server.bind("localhost", port);
        }
        return this;
    }

    /**
     * The file store; one written by release 0.1.0, whose pages this release cannot read, is moved aside whole (never
     * deleted) and a new one begins, with a message saying where the old one is.
     */
    private MVStore openStore() {
        MVStore store = open();
        if (store.getMapNames().stream().anyMatch(name -> name.contains(OWN_FORMAT_MAP))) {
            store.close();
            Path aside = storeFile.resolveSibling(storeFile.getFileName() + ".0.1.0");
            try {
                Files.move(storeFile, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the store written by release 0.1.0 aside", e);
            }
            log.warn("{} was written by release 0.1.0's own storage format, which this release no longer reads; it is "
                    + "kept as {} and the local store starts empty", storeFile, aside);
            store = open();
        }
        return store;
    }

    private MVStore open() {
        return new MVStore.Builder().fileName(storeFile.toAbsolutePath().toString()).cacheSize(CACHE_MB).open();
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
