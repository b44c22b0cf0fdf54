package io.highbar.scoring.engine.learn;

import java.util.List;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.read.Reading;

/**
 * How strongly the answer tells of conduct a bar raiser holds against it, whatever the card: work someone else started
 * and handed over, no look at one's own part, a problem passed on and left, effort in place of a result, a failure put
 * on others. Each is read sentence by sentence from the embedding alone, by a model trained on the sentences
 * labellers quoted for flags of that kind (the rubric's detector) and, for blame and work handed over, on the
 * sentences in which the blaming or assigned telling of a same-story pair differs from the owning or self-started
 * one; so it reads the behaviour in any words, not the card's quote of it. The answer's figure is its most telling sentence.
 *
 * @param byKind   [kind] in the order of {@link #KINDS}: the highest probability over the answer's sentences
 * @param sentence [kind] the sentence with that probability, or -1 in an answer without sentences
 */
public record Conduct(double[] byKind, int[] sentence) {

    /** Blame of others: the detector of blame-shifting flags, learned also from same-story pairs and blaming answers. */
    public static final String BLAME = "BLAME";

    /** Work someone else started and handed over: learned also from self-initiated-vs-assigned pairs. */
    public static final String ASSIGNMENT = "ASSIGNMENT";

    /** The kinds read this way: conduct any card can hold against an answer, told in a sentence or two. */
    public static final List<String> KINDS = List.of(ASSIGNMENT, "NO_SELF_AWARENESS", "ESCALATION_ONLY",
            "EFFORT_ONLY", BLAME);

    private static final String[][] NAMES = new String[KINDS.size()][SentenceEncoder.DIMENSIONS + 1];

    static {
        for (int q = 0; q < KINDS.size(); q++) {
            NAMES[q][0] = KINDS.get(q);
            for (int i = 0; i < SentenceEncoder.DIMENSIONS; i++) {
                NAMES[q][i + 1] = KINDS.get(q) + ":e" + i;
            }
        }
    }

    /** The conduct model as trained, read as one weight vector per kind. */
    public static KindModel model(Model<Label> trained) {
        return KindModel.of(trained, NAMES);
    }

    public static Conduct of(Reading r, KindModel model) {
        double[] out = new double[KINDS.size()];
        int[] at = new int[KINDS.size()];
        java.util.Arrays.fill(at, -1);
        // a model trained without examples of a kind (no card of its corpus flags it and no pair tells it, or a model
        // older than blame) knows nothing of it: that kind reads as absent
        for (int k = 0; k < r.size(); k++) {
            for (int q = 0; q < out.length; q++) {
                if (!model.knows(q)) {
                    continue;
                }
                double p = model.probability(r.embedding(k), q);
                if (at[q] < 0 || p > out[q]) {
                    out[q] = p;
                    at[q] = k;
                }
            }
        }
        return new Conduct(out, at);
    }

    /** The answer's figure for a flag detector; 0 for a kind not read this way. */
    public double of(String kind) {
        int q = KINDS.indexOf(kind);
        return q < 0 ? 0 : byKind[q];
    }

    /** The sentence that tells most of the conduct a flag detector names; -1 for a kind not read this way. */
    public int sentenceOf(String kind) {
        int q = KINDS.indexOf(kind);
        return q < 0 ? -1 : sentence[q];
    }

    /** One sentence as evidence of conduct kind q: its embedding, crossed with the kind so each has its own weights. */
    public static FeatureRow sentence(float[] embedding, int q) {
        FeatureRow row = new FeatureRow();
        row.put(NAMES[q][0], 1);
        for (int i = 0; i < embedding.length; i++) {
            row.put(NAMES[q][i + 1], embedding[i]);
        }
        return row;
    }
}
