package io.highbar.scoring.engine.learn;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * A two-class linear model's weights as the weight of "1" less that of "0", per named input: what the model adds to
 * a row's log-odds for each unit of that input. Read once from the model's public copy of its weights, so a caller
 * asking about many rows of the same shape computes the product itself instead of building named rows for predict.
 */
final class LinearMargins {

    private final Model<Label> model;
    private final DenseMatrix weights;
    private final int yes;
    private final int no;

    private LinearMargins(Model<Label> model, DenseMatrix weights, int yes, int no) {
        this.model = model;
        this.weights = weights;
        this.yes = yes;
        this.no = no;
    }

    /** The margins of a linear model; null when it was trained without both labels "0" and "1". */
    static LinearMargins of(Model<Label> model) {
        if (!(model instanceof AbstractLinearSGDModel<Label> linear)) {
            throw new IllegalArgumentException(model.getName() + " is not a linear model: retrain (SCORING.md)");
        }
        Label one = new Label("1");
        Label zero = new Label("0");
        if (!model.getOutputIDInfo().getDomain().contains(one) || !model.getOutputIDInfo().getDomain().contains(zero)) {
            return null;
        }
        return new LinearMargins(model, linear.getWeightsCopy(), model.getOutputIDInfo().getID(one),
                model.getOutputIDInfo().getID(zero));
    }

    /** Whether the model saw this input in training. */
    boolean knows(String feature) {
        return model.getFeatureIDMap().get(feature) != null;
    }

    /** The input's margin; 0 for an input the model never saw. */
    double of(String feature) {
        var f = model.getFeatureIDMap().get(feature);
        return f == null ? 0 : column(f.getID());
    }

    /** The bias's margin. */
    double bias() {
        return column(weights.getDimension2Size() - 1);
    }

    private double column(int column) {
        return weights.get(yes, column) - weights.get(no, column);
    }
}
