package io.highbar.infra;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique index, which mongo-java-server does not have (it accepts one and ignores it, so every query on such
 * fields read and decoded every document). Kept in memory, ordered by value, and rebuilt from the documents when the
 * store opens. It serves queries that name exactly its fields, each with a value or {@code $in}, the last one also
 * with a range ({@code $lt}, {@code $lte}, {@code $gt}, {@code $gte}); the collection still matches every document it
 * returns against the whole query, so it may return more than match, never fewer.
 */
final class OrderedSecondaryIndex extends Index<Object> {

    private static final ValueComparator BY_VALUE = ValueComparator.ascWithoutListHandling();
    private static final Set<String> RANGES = Set.of("$lt", "$lte", "$gt", "$gte");

    private final NavigableMap<KeyValue, Set<Object>> positions = new TreeMap<>(new IndexKeyType()::compare);
    private final Function<Document, Object> positionOf;

    /** @param positionOf where the collection keeps a document (the key of its map) */
    OrderedSecondaryIndex(String name, List<IndexKey> keys, boolean sparse, Function<Document, Object> positionOf) {
        super(name, keys, sparse);
        this.positionOf = positionOf;
    }

    @Override
    public synchronized Object getPosition(Document document) {
        Object position = positionOf.apply(document);
        for (KeyValue key : getKeyValues(document)) {
            Set<Object> held = positions.get(key);
            if (held != null && held.contains(position)) {
                return position;
            }
        }
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // any number of documents may share a key
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (skips(document)) {
            return;
        }
        for (KeyValue key : getKeyValues(document)) {
            positions.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(position);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        if (skips(document)) {
            return null;
        }
        Object position = positionOf.apply(document);
        boolean removed = false;
        for (KeyValue key : getKeyValues(document)) {
            Set<Object> held = positions.get(key);
            if (held != null && held.remove(position)) {
                removed = true;
                if (held.isEmpty()) {
                    positions.remove(key);
                }
            }
        }
        return removed ? position : null;
    }

    /** A sparse index leaves out a document that has none of its fields (a field holding null counts as present). */
    private boolean skips(Document document) {
        return isSparse()
                && keys().stream().allMatch(key -> Utils.getSubdocumentValue(document, key) instanceof Missing);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        if (!query.keySet().equals(keySet())) {
            return false;
        }
        List<String> keys = keys();
        for (int i = 0; i < keys.size(); i++) {
            Object condition = query.get(keys.get(i));
            boolean last = i == keys.size() - 1;
            if (!(isScalar(condition) || isIn(condition) || (last && isRange(condition)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        List<List<Object>> prefixes = List.of(List.of());
        List<String> keys = keys();
        for (String key : keys.subList(0, keys.size() - 1)) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object value : values(query.get(key))) {
                    List<Object> next = new ArrayList<>(prefix);
                    next.add(value);
                    longer.add(next);
                }
            }
            prefixes = longer;
        }
        Object last = query.get(keys.get(keys.size() - 1));
        Set<Object> found = new LinkedHashSet<>();
        for (List<Object> prefix : prefixes) {
            if (isRange(last)) {
                collectRange(prefix, (Document) last, found);
            } else {
                for (Object value : values(last)) {
                    List<Object> key = new ArrayList<>(prefix);
                    key.add(value);
                    found.addAll(positions.getOrDefault(new KeyValue(key), Set.of()));
                }
            }
        }
        return found;
    }

    /** Keys starting with {@code prefix} whose last value is within the range: a shorter key sorts before them. */
    private void collectRange(List<Object> prefix, Document range, Set<Object> found) {
        for (Map.Entry<KeyValue, Set<Object>> entry : positions.tailMap(new KeyValue(prefix), true).entrySet()) {
            KeyValue key = entry.getKey();
            Object value = key.get(prefix.size());
            if (!startsWith(key, prefix) || tooHigh(value, range)) {
                return;
            }
            if (!tooLow(value, range)) {
                found.addAll(entry.getValue());
            }
        }
    }

    private static boolean startsWith(KeyValue key, List<Object> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (BY_VALUE.compare(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean tooHigh(Object value, Document range) {
        return range.containsKey("$lt") && BY_VALUE.compare(value, normalized(range.get("$lt"))) >= 0
                || range.containsKey("$lte") && BY_VALUE.compare(value, normalized(range.get("$lte"))) > 0;
    }

    private static boolean tooLow(Object value, Document range) {
        return range.containsKey("$gt") && BY_VALUE.compare(value, normalized(range.get("$gt"))) <= 0
                || range.containsKey("$gte") && BY_VALUE.compare(value, normalized(range.get("$gte"))) < 0;
    }

    private static List<Object> values(Object condition) {
        if (isIn(condition)) {
            return ((List<?>) ((Document) condition).get("$in")).stream().map(OrderedSecondaryIndex::normalized)
                    .distinct().toList();
        }
        return List.of(normalized(condition));
    }

    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    /** A value matched by equality. Not null (it also matches a missing field), a document or a list. */
    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Date || value instanceof java.time.Instant || value instanceof ObjectId
                || value instanceof UUID;
    }

    private static boolean isIn(Object condition) {
        return condition instanceof Document d && d.size() == 1 && d.get("$in") instanceof List<?> values
                && values.stream().allMatch(OrderedSecondaryIndex::isScalar);
    }

    private static boolean isRange(Object condition) {
        return condition instanceof Document d && !d.isEmpty() && RANGES.containsAll(d.keySet())
                && d.values().stream().allMatch(OrderedSecondaryIndex::isScalar);
    }

    @Override
    public synchronized long getCount() {
        return positions.values().stream().mapToLong(Set::size).sum();
    }

    @Override
    public synchronized boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // no key constraint to break
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public synchronized void drop() {
        positions.clear();
    }
}
