package io.highbar.infra;

import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection in an H2 map of {@link StoredDocument}s: what mongo-java-server's H2 collection does, except that
 * each document version is encoded once, and that it keeps no running data size (every update encoded the old
 * and the new document only to keep {@code collStats.size} current; nothing here reads it).
 */
final class BsonCollection extends AbstractSynchronizedMongoCollection<Object> {

    private final MVMap<Object, StoredDocument> documents;

    BsonCollection(MongoDatabase database, String name, CollectionOptions options,
                   MVMap<Object, StoredDocument> documents, CursorRegistry cursors) {
        super(database, name, options, cursors);
        this.documents = documents;
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        // not tracked
    }

    @Override
    protected int getDataSize() {
        return 0;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = getIdField() != null ? positionOf(document, getIdField()) : UUID.randomUUID();
        StoredDocument previous = documents.put(key, StoredDocument.of(document));
        if (previous != null) {
            throw new IllegalStateException("Document with key '" + key + "' already existed in " + this);
        }
        return key;
    }

    /** The key a document is stored under, which the collection's indexes return as its position. */
    static Object positionOf(Document document, String idField) {
        return Missing.ofNullable(Utils.getSubdocumentValue(document, idField));
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    protected Document getDocument(Object position) {
        StoredDocument stored = documents.get(position);
        return stored == null ? null : stored.document();
    }

    @Override
    protected void removeDocument(Object position) {
        if (documents.remove(position) == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(entry.getValue().document(), entry.getKey()));
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
                                         int batchSize, Document fieldSelector) {
        Stream<Document> candidates = isNaturalDescending(orderBy)
                ? streamAllDocumentsWithPosition()
                        .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                        .map(DocumentWithPosition::getDocument)
                : documents.values().stream().map(StoredDocument::document);
        return matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, numberToReturn, batchSize,
                fieldSelector);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        documents.put(Missing.ofNullable(position), StoredDocument.of(newDocument));
    }
}
