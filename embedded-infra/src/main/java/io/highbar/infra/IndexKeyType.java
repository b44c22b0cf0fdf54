package io.highbar.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Unique-index keys ordered by their values. H2's default type orders objects that are not {@link Comparable}
 * (a {@link KeyValue} is not) by Java-serializing both on every comparison, so each lookup by id serialized
 * a dozen keys. Keys are still stored as before; only the order differs, so indexes kept in this order live in
 * maps of their own name ({@link FileBackedMongoDatabase}).
 */
final class IndexKeyType extends ObjectDataType {

    private static final ValueComparator BY_VALUE = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            int shared = Math.min(x.size(), y.size());
            for (int i = 0; i < shared; i++) {
                int order = BY_VALUE.compare(x.get(i), y.get(i));
                if (order != 0) {
                    return order;
                }
            }
            if (x.size() != y.size()) {
                return Integer.compare(x.size(), y.size());
            }
            // values the comparator ranks alike but that differ (1 and 1.0) keep H2's order between them
            return x.equals(y) ? 0 : super.compare(a, b);
        }
        return super.compare(a, b);
    }
}
