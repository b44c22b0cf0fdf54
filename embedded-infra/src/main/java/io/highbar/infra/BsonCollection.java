package io.highbar.infra;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * A collection in an H2 map of {@link StoredDocument}s: what mongo-java-server's H2 collection does, except that
 * each document version is encoded once, and that it keeps no running data size (every update encoded the old
 * and the new document only to keep {@code collStats.size} current; nothing here reads it), and that an update of
 * one document copies it once instead of three times (see {@link #updateDocuments}).
 */
final class BsonCollection extends AbstractSynchronizedMongoCollection<Object> {

    /**
     * mongo-java-server's own update semantics ({@code $set}, {@code $push}, positional paths, replacements...),
     * which it keeps private: it returns the updated copy and leaves the document it is given untouched.
     */
    static final MethodHandle CALCULATE_UPDATE = calculateUpdate();

    private final MVMap<Object, StoredDocument> documents;
    private final DefaultQueryMatcher matcher = new DefaultQueryMatcher();

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

    /**
     * An update of one document by its selector, without the copies the stock server makes: it deep-copied the
     * document before computing the updated copy (a second deep copy), compared them, then compared them again with
     * every number normalized only to count the document as modified, and found the document's position by asking
     * every index. Sessions grow with their answers, so those copies were the embedded store's largest cost per
     * answer. Here the updated copy replaces the stored document instead of being copied back into it, the
     * position is the {@code _id} it is stored under, and a document counts as modified when the copy differs from
     * it (a change of number type only, 1 to 1.0, counts, as in MongoDB). Multi-document updates, upserts that
     * insert, and collections without an id field take the stock path.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        if (isMulti || getIdField() == null || CALCULATE_UPDATE == null) {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        }
        Document document = firstMatch(selector);
        if (document == null) {
            if (isUpsert) {
                return super.updateDocuments(selector, updateQuery, arrayFilters, false, true, oplog);
            }
            oplog.handleUpdate(getFullName(), selector, updateQuery, List.of());
            return updateResult(0, 0);
        }
        Document updated = calculateUpdate(document, updateQuery, arrayFilters, matcher.matchPosition(document, selector));
        boolean modified = !updated.equals(document);
        if (modified) {
            for (Index<Object> index : getIndexes()) {
                index.checkUpdate(document, updated, this);
            }
            Object position = positionOf(document, getIdField());
            for (Index<Object> index : getIndexes()) {
                index.updateInPlace(document, updated, position, this);
            }
            handleUpdate(position, document, updated);
        }
        oplog.handleUpdate(getFullName(), selector, updateQuery,
                modified ? List.of(document.get(getIdField())) : List.of());
        return updateResult(1, modified ? 1 : 0);
    }

    private Document firstMatch(Document selector) {
        for (Document document : queryDocuments(selector, null, 0, 0, 0, null)) {
            return document;
        }
        return null;
    }

    private Document calculateUpdate(Document document, Document updateQuery, ArrayFilters arrayFilters,
                                     Integer matchPosition) {
        try {
            return (Document) CALCULATE_UPDATE.invoke(this, document, updateQuery, arrayFilters, matchPosition, false);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document updateResult(int matched, int modified) {
        Document result = new Document();
        result.put("n", matched);
        result.put("nModified", modified);
        return result;
    }

    /** Null if this mongo-java-server no longer has the method: every update then takes the stock path. */
    private static MethodHandle calculateUpdate() {
        try {
            return MethodHandles.privateLookupIn(AbstractMongoCollection.class, MethodHandles.lookup())
                    .findVirtual(AbstractMongoCollection.class, "calculateUpdateDocument", MethodType.methodType(
                            Document.class, Document.class, Document.class, ArrayFilters.class, Integer.class,
                            boolean.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        documents.put(Missing.ofNullable(position), StoredDocument.of(newDocument));
    }
}
