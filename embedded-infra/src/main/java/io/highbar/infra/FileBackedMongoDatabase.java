package io.highbar.infra;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database with cheaper storage: documents encoded as BSON once per version
 * ({@link BsonCollection}, {@link StoredDocumentType}), unique indexes ordered by value ({@link IndexKeyType}), and
 * non-unique indexes that are used ({@link OrderedSecondaryIndex}) instead of ignored.
 */
final class FileBackedMongoDatabase extends H2Database {

    /** Map names as mongo-java-server's H2 backend names them, so stores written before stay readable. */
    private static final String DATA_PREFIX = "databases.";
    private static final String ID_FIELD = "_id";
    private static final String UNORDERED_INDEX = "._index_";
    private static final String ORDERED_INDEX = "._ordered_index_";
    private static final StoredDocumentType DOCUMENTS = new StoredDocumentType();
    private static final IndexKeyType INDEX_KEYS = new IndexKeyType();

    /**
     * H2Database opens the stored collections from its constructor, before a field of this subclass is set; its own
     * store field is set by then.
     */
    private static final VarHandle STORE;

    static {
        try {
            STORE = MethodHandles.privateLookupIn(H2Database.class, MethodHandles.lookup())
                    .findVarHandle(H2Database.class, "mvStore", MVStore.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    FileBackedMongoDatabase(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    private MVStore store() {
        return (MVStore) STORE.get(this);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVStore store = store();
        MVMap<Object, StoredDocument> documents = store.openMap(DATA_PREFIX + fullName,
                new MVMap.Builder<Object, StoredDocument>().valueType(DOCUMENTS));
        return new BsonCollection(this, collectionName, options, documents, cursorRegistry);
    }

    /**
     * An index of a store written before is in a map ordered the old way: it is dropped, and the empty index in
     * the new map is rebuilt from the documents when the collection adds it.
     */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVStore store = store();
        if (store.hasMap(fullName + UNORDERED_INDEX + indexName)) {
            store.removeMap(fullName + UNORDERED_INDEX + indexName);
        }
        MVMap<KeyValue, Object> positions = store.openMap(fullName + ORDERED_INDEX + indexName,
                new MVMap.Builder<KeyValue, Object>().keyType(INDEX_KEYS));
        return new OrderedUniqueIndex(positions, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new OrderedSecondaryIndex(indexName, keys, sparse,
                document -> BsonCollection.positionOf(document, ID_FIELD));
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store().removeMap(getFullCollectionNamespace(collection.getCollectionName()) + ORDERED_INDEX + indexName);
    }
}
