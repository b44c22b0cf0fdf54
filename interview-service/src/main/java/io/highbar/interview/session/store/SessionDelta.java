package io.highbar.interview.session.store;

import io.highbar.interview.session.Session;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;

/**
 * The update that turns the stored {@code current} session into {@code next}: only the fields that changed, list
 * elements appended with {@code $push} and an element replaced in place with {@code $set list.i}. Sessions are
 * immutable and a change shares whatever it left alone, so "unchanged" is mostly a reference check, and only what
 * changed is converted and sent: a whole-document replace re-encoded every answer and event on every change.
 * Values are converted exactly as {@link SessionDocuments#toDocument} converts them.
 */
final class SessionDelta {

    private static final RecordComponent[] FIELDS = Session.class.getRecordComponents();

    private SessionDelta() {
    }

    static Bson between(Session current, Session next) {
        List<Bson> updates = new ArrayList<>();
        for (RecordComponent field : FIELDS) {
            String name = storedName(field);
            if (name.equals("_id")) {
                continue;
            }
            Object before = value(field, current);
            Object after = value(field, next);
            if (before == after) {
                continue;
            }
            if (before instanceof List<?> was && after instanceof List<?> is) {
                listDelta(name, was, is, updates);
            } else if (!Objects.equals(before, after)) {
                updates.add(Updates.set(name, SessionDocuments.storedValue(after)));
            }
        }
        return Updates.combine(updates);
    }

    private static void listDelta(String name, List<?> before, List<?> after, List<Bson> updates) {
        int shared = 0;
        int shorter = Math.min(before.size(), after.size());
        while (shared < shorter && before.get(shared) == after.get(shared)) {
            shared++;
        }
        if (shared == before.size()) {
            if (after.size() > shared) {
                updates.add(Updates.pushEach(name, after.subList(shared, after.size()).stream()
                        .map(SessionDocuments::storedValue).toList()));
            }
            return;
        }
        if (before.size() == after.size()) {
            for (int i = shared; i < after.size(); i++) {
                if (before.get(i) != after.get(i) && !Objects.equals(before.get(i), after.get(i))) {
                    updates.add(Updates.set(name + "." + i, SessionDocuments.storedValue(after.get(i))));
                }
            }
            return;
        }
        if (!before.equals(after)) {
            updates.add(Updates.set(name, SessionDocuments.storedValue(after)));
        }
    }

    private static String storedName(RecordComponent field) {
        // @JsonProperty does not target record components; Java puts it on the accessor
        JsonProperty renamed = field.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
    }

    private static Object value(RecordComponent field, Session session) {
        try {
            return field.getAccessor().invoke(session);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field.getName() + " of a session", e);
        }
    }
}
