package io.highbar.scoring.engine.learn;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.card.Centroid;
import io.highbar.scoring.engine.read.Reading;

/**
 * What the sentences labellers quoted for each bundled card's flag read like: their unit centroid (written by
 * {@code train}, {@code flag-exemplars.tsv}: one card and flag per line with its 384 numbers). A card's flag has one
 * quote of its own, and a candidate tells the same failing in words of their own; the sentences quoted for it across
 * many answers say what those words are. Held out by wave over the corpus, the closest sentence's similarity to the
 * centroid alone tells a flagged answer from the others better than its similarity to the card's quote (the area under
 * the curve for the flags a card names by its own cues 0.80 against 0.67), but whether the flag model judges better
 * with it is decided in training, on predictions made without the answer's wave (SCORING.md). A flag without enough
 * quoted sentences, such as one of a card imported at runtime, is judged without it: the flag model is trained with
 * the centroids hidden for a fifth of the answers, so it reads both.
 */
public record FlagExemplars(Map<String, float[]> centroids) {

    public static final String FILE = "flag-exemplars.tsv";

    /** Fewer quoted sentences than this are a labeller's wording or two, not what the flag sounds like. */
    public static final int MIN_SENTENCES = 5;

    public static FlagExemplars none() {
        return new FlagExemplars(Map.of());
    }

    /** The centroid of each card's flag from its quoted sentences' embeddings, keyed by {@link #key}. */
    public static FlagExemplars of(Map<String, ? extends Collection<float[]>> quoted) {
        Map<String, float[]> out = new TreeMap<>();
        quoted.forEach((key, vectors) -> {
            if (vectors.size() < MIN_SENTENCES) {
                return;
            }
            float[] centroid = Centroid.of(vectors.toArray(new float[0][]));
            float[] unit = new float[centroid.length];
            boolean any = false;
            for (int d = 0; d < unit.length; d++) {
                unit[d] = VectorTable.round(centroid[d]);
                any |= unit[d] != 0;
            }
            if (any) {
                out.put(key, unit);
            }
        });
        return new FlagExemplars(out);
    }

    public static String key(String cardId, String flagKey) {
        return cardId + "\t" + flagKey;
    }

    /** The sentence closest to those quoted for a flag (-1 for none) and its similarity to them (NaN for none). */
    public record Closest(double similarity, int sentence) {

        static final Closest NONE = new Closest(Double.NaN, -1);
    }

    /** [flag] for each of the card's flags, the answer's sentence closest to the sentences quoted for it. */
    public Closest[] closest(Reading r, CardIndex card) {
        float[][] sentences = new float[r.size()][];
        for (int k = 0; k < sentences.length; k++) {
            sentences[k] = r.embedding(k);
        }
        Closest[] out = new Closest[card.flags().size()];
        for (int f = 0; f < out.length; f++) {
            out[f] = closest(sentences, card.card().id(), card.flags().get(f).key());
        }
        return out;
    }

    /** The sentence closest to those quoted for the card's flag; {@link Closest#NONE} without a centroid. */
    public Closest closest(float[][] sentences, String cardId, String flagKey) {
        float[] c = centroids.get(key(cardId, flagKey));
        Closest best = Closest.NONE;
        for (int k = 0; c != null && k < sentences.length; k++) {
            double s = Similarity.cos(sentences[k], c);
            if (best.sentence() < 0 || s > best.similarity()) {
                best = new Closest(s, k);
            }
        }
        return best;
    }

    public String write() {
        StringBuilder b = new StringBuilder();
        centroids.forEach((key, v) -> {
            String[] cardAndFlag = key.split("\t", 2);
            VectorTable.append(b, cardAndFlag[0], cardAndFlag[1], v);
        });
        return b.toString();
    }

    public static FlagExemplars read(InputStream in) {
        Map<String, float[]> out = new TreeMap<>();
        for (VectorTable.Row row : VectorTable.read(in, FILE)) {
            out.put(key(row.first(), row.second()), row.numbers());
        }
        return new FlagExemplars(out);
    }
}
