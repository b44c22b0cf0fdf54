package io.highbar.scoring.engine.learn;

import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A logistic model over a sentence embedding crossed with a kind ({@link Conduct}), read as one weight vector per
 * kind. Such a model is asked about every sentence for every kind; through Tribuo's predict each question builds a
 * named row of 385 features and looks each name up, which costs far more than the product itself (about a fifth of
 * the evaluation's own work on a 300-word answer, BENCHMARKS.md), so the weights are taken once from the model's
 * public copy of them and the probability is the same two-class softmax the model computes.
 */
public final class KindModel {

    private final Model<Label> model;
    /** [kind][dimension]: the weight of "1" less that of "0"; null for a kind the model never saw. */
    private final double[][] weights;
    /** [kind]: the kind's own feature and the bias, "1" less "0". */
    private final double[] bias;

    private KindModel(Model<Label> model, double[][] weights, double[] bias) {
        this.model = model;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * @param names [kind][0] the kind's own feature, [kind][1 + i] the kind crossed with embedding dimension i
     */
    static KindModel of(Model<Label> model, String[][] names) {
        double[][] weights = new double[names.length][];
        double[] bias = new double[names.length];
        LinearMargins margins = LinearMargins.of(model);
        if (margins == null) {
            return new KindModel(model, weights, bias);
        }
        for (int q = 0; q < names.length; q++) {
            if (!margins.knows(names[q][0])) {
                continue;
            }
            bias[q] = margins.of(names[q][0]) + margins.bias();
            weights[q] = new double[names[q].length - 1];
            for (int i = 1; i < names[q].length; i++) {
                weights[q][i - 1] = margins.of(names[q][i]);
            }
        }
        return new KindModel(model, weights, bias);
    }

    /** The model as trained, to write it out. */
    public Model<Label> model() {
        return model;
    }

    /** Whether the model was trained on examples of kind q. */
    boolean knows(int q) {
        return weights[q] != null;
    }

    /** The probability that a sentence with this embedding tells of kind q; 0 for a kind the model never saw. */
    double probability(float[] embedding, int q) {
        double[] w = weights[q];
        if (w == null) {
            return 0;
        }
        double z = bias[q];
        for (int i = 0; i < embedding.length; i++) {
            z += w[i] * embedding[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
