package io.highbar.scoring.engine.learn;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import io.highbar.scoring.engine.card.Detector;

/**
 * Whether a sentence shows a signal: a logistic model over the inputs of {@link Features#evidence} and the sentence's
 * embedding crossed with the signal's kind (initiative, pushback, a trade-off…). The card's exemplars say how this
 * card words a signal; the embedding says what that kind of behaviour reads like in anyone's words, learned from every
 * card naming the kind, so it carries over to a card imported at runtime. A card's own cues have no general kind and
 * no embedding weights.
 *
 * <p>The embedding's weights are read once from the model's public copy of them; a sentence's probability is the
 * model's over the named inputs with the embedding's product added to its log-odds, which is the same number the
 * model computes over the whole row without building and looking up 384 more names per sentence and signal.
 */
public final class EvidenceModel {

    private static final Map<String, String[]> NAMES = new ConcurrentHashMap<>();

    private final Model<Label> model;
    /** Per kind of signal: the weight of "1" less that of "0" for each embedding dimension. */
    private final Map<String, double[]> byKind;

    private EvidenceModel(Model<Label> model, Map<String, double[]> byKind) {
        this.model = model;
        this.byKind = byKind;
    }

    public static EvidenceModel of(Model<Label> model) {
        Map<String, double[]> byKind = new java.util.HashMap<>();
        LinearMargins margins = LinearMargins.of(model);
        for (Detector d : Detector.values()) {
            if (margins == null || !d.isSignal() || d == Detector.CUES) {
                continue;
            }
            String[] names = names(d.name());
            double[] weights = new double[names.length];
            boolean known = false;
            for (int i = 0; i < names.length; i++) {
                weights[i] = margins.of(names[i]);
                known |= margins.knows(names[i]);
            }
            if (known) {
                byKind.put(d.name(), weights);
            }
        }
        return new EvidenceModel(model, Map.copyOf(byKind));
    }

    /** Whether the model has embedding weights for this kind of signal (trained on a card naming it). */
    boolean knows(String kind) {
        return byKind.containsKey(kind);
    }

    /** The model as trained, to write it out. */
    public Model<Label> model() {
        return model;
    }

    /**
     * The probability that sentence k shows signal d. A sentence closer to the signal's own common miss (or weak
     * answer) than to any way the card says it is shown is the miss, not the signal: it is never evidence for it.
     */
    public double probability(CardReading c, int d, int k) {
        if (c.missed[k][d] > c.shown[k][d]) {
            return 0;
        }
        double p = Models.probability(model, Features.evidence(c, d, k));
        double[] w = byKind.get(c.card.signals().get(d).detector());
        if (w == null) {
            return p;
        }
        float[] v = c.reading.embedding(k);
        double z = Math.log(clamp(p) / (1 - clamp(p)));
        for (int i = 0; i < w.length; i++) {
            z += w[i] * v[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The whole row the model is trained on: the named inputs and the embedding crossed with the kind. */
    public static FeatureRow trainingRow(CardReading c, int d, int k) {
        FeatureRow row = Features.evidence(c, d, k);
        String kind = c.card.signals().get(d).detector();
        if (!kind.equals(Detector.CUES.name())) {
            String[] names = names(kind);
            float[] v = c.reading.embedding(k);
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], v[i]);
            }
        }
        return row;
    }

    private static String[] names(String kind) {
        return NAMES.computeIfAbsent(kind, x -> {
            String[] out = new String[io.highbar.scoring.engine.embed.SentenceEncoder.DIMENSIONS];
            for (int i = 0; i < out.length; i++) {
                out[i] = "s:" + x + ":e" + i;
            }
            return out;
        });
    }

    private static double clamp(double p) {
        return Math.max(1e-15, Math.min(1 - 1e-15, p));
    }
}
