package io.highbar.scoring.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of the model files that hold vectors ({@link Exemplars}): one line each, two tab-separated leading
 * columns, then the numbers, each written to six decimals; a number is rounded the same way before it is used, so a
 * model read back from its file judges exactly as the one just fitted.
 */
final class VectorTable {

    /** One line: its two leading columns and the numbers after them. */
    record Row(String first, String second, float[] numbers) {
    }

    private VectorTable() {
    }

    static float round(double v) {
        return Float.parseFloat(format(v));
    }

    static void append(StringBuilder b, String first, String second, float[] numbers) {
        b.append(first).append('\t').append(second);
        for (float x : numbers) {
            b.append('\t').append(format(x));
        }
        b.append('\n');
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    static List<Row> read(InputStream in, String file) {
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t");
                float[] v = new float[parts.length - 2];
                for (int i = 2; i < parts.length; i++) {
                    v[i - 2] = Float.parseFloat(parts[i]);
                }
                out.add(new Row(parts[0], parts[1], v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
