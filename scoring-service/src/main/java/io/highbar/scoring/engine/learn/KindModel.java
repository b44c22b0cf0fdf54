package io.highbar.scoring.engine.learn;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

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
        if (!(model instanceof AbstractLinearSGDModel<Label> linear)) {
            throw new IllegalArgumentException(model.getName() + " is not a linear model: retrain (SCORING.md)");
        }
        double[][] weights = new double[names.length][];
        double[] bias = new double[names.length];
        Label one = new Label("1");
        Label zero = new Label("0");
        if (!model.getOutputIDInfo().getDomain().contains(one) || !model.getOutputIDInfo().getDomain().contains(zero)) {
            return new KindModel(model, weights, bias);
        }
        int yes = model.getOutputIDInfo().getID(one);
        int no = model.getOutputIDInfo().getID(zero);
        DenseMatrix w = linear.getWeightsCopy();
        int biasColumn = w.getDimension2Size() - 1;
        for (int q = 0; q < names.length; q++) {
            var kind = model.getFeatureIDMap().get(names[q][0]);
            if (kind == null) {
                continue;
            }
            bias[q] = margin(w, yes, no, kind.getID()) + margin(w, yes, no, biasColumn);
            weights[q] = new double[names[q].length - 1];
            for (int i = 1; i < names[q].length; i++) {
                var f = model.getFeatureIDMap().get(names[q][i]);
                weights[q][i - 1] = f == null ? 0 : margin(w, yes, no, f.getID());
            }
        }
        return new KindModel(model, weights, bias);
    }

    private static double margin(DenseMatrix w, int yes, int no, int column) {
        return w.get(yes, column) - w.get(no, column);
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
