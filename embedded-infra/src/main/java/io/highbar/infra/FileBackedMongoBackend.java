package io.highbar.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/** mongo-java-server's H2 backend, opening {@link FileBackedMongoDatabase}s. */
final class FileBackedMongoBackend extends H2Backend {

    FileBackedMongoBackend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new FileBackedMongoDatabase(databaseName, getMvStore(), getCursorRegistry());
    }
}
