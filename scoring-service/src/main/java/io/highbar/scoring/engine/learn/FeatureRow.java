package io.highbar.scoring.engine.learn;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named feature values for one decision (names are the models' contract); a zero is the same as absent. */
public final class FeatureRow {

    private static final java.math.MathContext TWO_DIGITS = new java.math.MathContext(2,
            java.math.RoundingMode.HALF_EVEN);

    private final Map<String, Double> values;
    /** Set once the row is compact: then it is read only. */
    private final String[] compactNames;
    private final double[] compactValues;

    public FeatureRow() {
        values = new LinkedHashMap<>(64);
        compactNames = null;
        compactValues = null;
    }

    private FeatureRow(String[] names, double[] values) {
        this.values = null;
        compactNames = names;
        compactValues = values;
    }

    /**
     * The same features in two arrays: a training set holds hundreds of thousands of rows. Their names are interned,
     * since a name made for the row (a feature crossed with the row's kind) would otherwise be a string of its own in
     * every row that holds it.
     */
    public FeatureRow compact() {
        if (compactNames != null) {
            return this;
        }
        String[] names = names();
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].intern();
        }
        return new FeatureRow(names, values());
    }

    /** Sets a feature (a second put of the same name replaces the first). */
    FeatureRow put(String name, double value) {
        if (values == null) {
            throw new IllegalStateException("a compact row is read only");
        }
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
        return compactNames != null ? compactNames.clone() : values.keySet().toArray(new String[0]);
    }

    public double[] values() {
        if (compactValues != null) {
            return compactValues.clone();
        }
        double[] v = new double[values.size()];
        int i = 0;
        for (double d : values.values()) {
            v[i++] = d;
        }
        return v;
    }

    /**
     * The same features to two significant digits, for the forests: a tree's split search tries every distinct value
     * of an input against every example in the node, so inputs measured to sixteen digits make it grow with the square
     * of the examples, while two digits keep the search to about ninety values a decade, far finer than any difference
     * a grade or a flag turns on. Rows for a forest are made this way in training and in scoring alike.
     */
    FeatureRow significant() {
        FeatureRow out = new FeatureRow();
        String[] names = names();
        double[] v = values();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], new java.math.BigDecimal(v[i]).round(TWO_DIGITS).doubleValue());
        }
        return out;
    }

    /** The value of a feature, 0 when absent. */
    public double get(String name) {
        if (compactNames != null) {
            for (int i = 0; i < compactNames.length; i++) {
                if (compactNames[i].equals(name)) {
                    return compactValues[i];
                }
            }
            return 0;
        }
        return values.getOrDefault(name, 0.0);
    }
}
