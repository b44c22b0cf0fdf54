package io.highbar.scoring.engine.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What stories told for each principle read like: per card, the unit centroid of the answers a bar raiser graded lean
 * hire or better for it (written by {@code train}, {@code exemplars.tsv}: one card per line, its id and 384 numbers).
 * A card's own text (definition, signals, examples) says what the principle is; stories told for it say what
 * candidates talk about when they show it, and tell principles apart better (SCORING.md). A card without
 * exemplars, one imported at runtime, is judged by its text alone: the models are trained with the exemplars hidden
 * for a fifth of the answers, so they read both.
 */
public record Exemplars(Map<String, float[]> centroids) {

    public static final String FILE = "exemplars.tsv";

    public static Exemplars none() {
        return new Exemplars(Map.of());
    }

    /**
     * How much closer the answer comes to stories told for the card asked than to the closest other card's stories,
     * among the cards of the library that have exemplars; NaN when the card asked has none or no other card does.
     */
    public double margin(float[] answer, String cardId, Collection<String> library) {
        float[] own = centroids.get(cardId);
        if (own == null) {
            return Double.NaN;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (String other : library) {
            float[] c = centroids.get(other);
            if (c != null && !other.equals(cardId)) {
                best = Math.max(best, Similarity.cos(answer, c));
            }
        }
        return best == Double.NEGATIVE_INFINITY ? Double.NaN : Similarity.cos(answer, own) - best;
    }

    /** The unit centroid of the given answer centroids per card (cards in id order, so the file is reproducible). */
    public static Exemplars of(Map<String, ? extends Collection<float[]>> answers) {
        Map<String, float[]> out = new TreeMap<>();
        answers.forEach((card, vectors) -> {
            if (vectors.isEmpty()) {
                return;
            }
            double[] sum = new double[vectors.iterator().next().length];
            for (float[] v : vectors) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += v[i];
                }
            }
            double norm = 0;
            for (double s : sum) {
                norm += s * s;
            }
            norm = Math.sqrt(norm);
            float[] unit = new float[sum.length];
            for (int i = 0; i < sum.length; i++) {
                // rounded as written, so a model read back from the file judges exactly as the one just trained
                unit[i] = Float.parseFloat(String.format(Locale.ROOT, "%.6f", norm == 0 ? 0 : sum[i] / norm));
            }
            out.put(card, unit);
        });
        return new Exemplars(out);
    }

    public String write() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(centroids).forEach((card, v) -> {
            b.append(card);
            for (float x : v) {
                b.append('\t').append(String.format(Locale.ROOT, "%.6f", x));
            }
            b.append('\n');
        });
        return b.toString();
    }

    public static Exemplars read(InputStream in) {
        Map<String, float[]> out = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t");
                float[] v = new float[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    v[i - 1] = Float.parseFloat(parts[i]);
                }
                out.put(parts[0], v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return new Exemplars(out);
    }
}
