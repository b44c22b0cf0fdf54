package io.highbar.scoring.engine.learn;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What stories told for each principle read like: a linear score per bundled card, fitted to the answers a bar raiser
 * graded lean hire or better for one card against those told for the others (multinomial logistic regression on the
 * answer's unit centroid; written by {@code train}, {@code exemplars.tsv}: one card per line, its id, its bias and
 * 384 weights). A card's own text (definition, signals, examples) says what the principle is; stories told for it
 * say what candidates talk about when they show it, and the fitted scores weigh what tells one principle's stories
 * from another's instead of all that they share: held out by story, a story's own principle scores highest for 53%
 * of the corpus stories and among the top three for 80%, where the closest centroid of each card's stories manages
 * 41% and 71% (SCORING.md). A card without exemplars, one imported at runtime, is judged by its text alone: the
 * models are trained with the exemplars hidden for a fifth of the answers, so they read both.
 */
public record Exemplars(Map<String, Line> lines) {

    public static final String FILE = "exemplars.tsv";

    /** Gradient steps, step size, weight decay and input scale of the fit: CV on the corpus barely moves with them. */
    static final int STEPS = 600;
    static final double RATE = 0.5;
    static final double DECAY = 1e-3;
    static final double SCALE = 10;

    /** One card's score: bias + weights · answer. */
    public record Line(double bias, float[] weights) {

        double score(float[] answer) {
            double s = bias;
            for (int i = 0; i < weights.length; i++) {
                s += weights[i] * answer[i];
            }
            return s;
        }
    }

    public static Exemplars none() {
        return new Exemplars(Map.of());
    }

    /**
     * How far the card asked scores above the best other card of the library (in log-odds between the two); NaN when
     * the card asked has no exemplars or no other card of the library does.
     */
    public double margin(float[] answer, String cardId, Collection<String> library) {
        Line own = lines.get(cardId);
        Best other = bestOther(answer, cardId, library);
        return own == null || other == null ? Double.NaN : own.score(answer) - other.score();
    }

    /** The card of the library other than the one asked whose stories the answer reads most like, or null. */
    public String best(float[] answer, String cardId, Collection<String> library) {
        Best other = bestOther(answer, cardId, library);
        return other == null ? null : other.cardId();
    }

    private record Best(String cardId, double score) {
    }

    private Best bestOther(float[] answer, String cardId, Collection<String> library) {
        Best best = null;
        for (String other : library) {
            Line l = lines.get(other);
            if (l != null && !other.equals(cardId)) {
                double score = l.score(answer);
                if (best == null || score > best.score()) {
                    best = new Best(other, score);
                }
            }
        }
        return best;
    }

    /**
     * Fits the scores to the given answer centroids per card: full-batch gradient descent from zero in a fixed order,
     * so the same answers give the same file. Cards are kept in id order.
     */
    public static Exemplars of(Map<String, ? extends Collection<float[]>> answers) {
        List<String> cards = new ArrayList<>();
        List<float[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        new TreeMap<>(answers).forEach((card, vectors) -> {
            if (vectors.isEmpty()) {
                return;
            }
            for (float[] v : vectors) {
                xs.add(v);
                ys.add(cards.size());
            }
            cards.add(card);
        });
        if (cards.isEmpty()) {
            return none();
        }
        int k = cards.size();
        int dims = xs.get(0).length;
        int n = xs.size();
        double[][] w = new double[k][dims];
        double[] b = new double[k];
        double[] p = new double[k];
        for (int step = 0; step < STEPS; step++) {
            double[][] gw = new double[k][dims];
            double[] gb = new double[k];
            for (int i = 0; i < n; i++) {
                float[] x = xs.get(i);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double z = b[c];
                    for (int d = 0; d < dims; d++) {
                        z += SCALE * w[c][d] * x[d];
                    }
                    p[c] = z;
                    max = Math.max(max, z);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    p[c] = Math.exp(p[c] - max);
                    sum += p[c];
                }
                for (int c = 0; c < k; c++) {
                    double g = (p[c] / sum - (ys.get(i) == c ? 1 : 0)) / n;
                    gb[c] += g;
                    for (int d = 0; d < dims; d++) {
                        gw[c][d] += SCALE * g * x[d];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                b[c] -= RATE * gb[c];
                for (int d = 0; d < dims; d++) {
                    w[c][d] -= RATE * (gw[c][d] + DECAY * w[c][d]);
                }
            }
        }
        Map<String, Line> out = new TreeMap<>();
        for (int c = 0; c < k; c++) {
            float[] weights = new float[dims];
            for (int d = 0; d < dims; d++) {
                // rounded as written, so a model read back from the file judges exactly as the one just fitted
                weights[d] = round(SCALE * w[c][d]);
            }
            out.put(cards.get(c), new Line(round(b[c]), weights));
        }
        return new Exemplars(out);
    }

    private static float round(double v) {
        return VectorTable.round(v);
    }

    public String write() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(lines).forEach((card, l) -> VectorTable.append(b, card, VectorTable.format(l.bias()),
                l.weights()));
        return b.toString();
    }

    public static Exemplars read(InputStream in) {
        Map<String, Line> out = new TreeMap<>();
        for (VectorTable.Row row : VectorTable.read(in, FILE)) {
            out.put(row.first(), new Line(Float.parseFloat(row.second()), row.numbers()));
        }
        return new Exemplars(out);
    }
}
