package io.highbar.scoring.engine.learn;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named feature values for one decision (names are the models' contract); a zero is the same as absent. */
public final class FeatureRow {

    private final Map<String, Double> values = new LinkedHashMap<>(64);

    /** Sets a feature (a second put of the same name replaces the first). */
    FeatureRow put(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("feature " + name + " is " + value);
        }
        if (value == 0) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        return this;
    }

    FeatureRow put(String name, boolean value) {
        return put(name, value ? 1 : 0);
    }

    /** The feature and its product with the row's kind (how a card's kind of signal or flag changes its weight). */
    FeatureRow putByKind(String kind, String name, double value) {
        put(name, value);
        put(kind + "*" + name, value);
        return this;
    }

    FeatureRow putByKind(String kind, String name, boolean value) {
        return putByKind(kind, name, value ? 1 : 0);
    }

    public String[] names() {
        return values.keySet().toArray(new String[0]);
    }

    public double[] values() {
        double[] v = new double[values.size()];
        int i = 0;
        for (double d : values.values()) {
            v[i++] = d;
        }
        return v;
    }

    /** The value of a feature, 0 when absent. */
    public double get(String name) {
        return values.getOrDefault(name, 0.0);
    }
}
