package io.highbar.scoring.training;

import java.util.List;

import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

import io.highbar.scoring.engine.learn.FeatureRow;

/**
 * The learners: logistic regression for the yes/no and 0/1/2 decisions, least squares for grades and positions,
 * both with AdaGrad (its per-feature step sizes take features on different scales). Linear models over card-independent features: few enough weights for a corpus of a
 * thousand answers, and each weight can be read.
 */
final class Learners {

    static final long SEED = 20_261_202L;
    private static final LabelFactory LABELS = new LabelFactory();
    private static final RegressionFactory REGRESSORS = new RegressionFactory();

    private Learners() {
    }

    record Example<T>(FeatureRow row, T output) {
    }

    static Model<Label> classifier(String name, String source, List<Example<String>> examples, int epochs) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(name + " from " + source,
                java.time.OffsetDateTime.parse("2026-12-02T00:00:00Z"), LABELS), LABELS);
        for (Example<String> e : examples) {
            data.add(new ArrayExample<>(new Label(e.output()), e.row().names(), e.row().values()));
        }
        Trainer<Label> inner = new org.tribuo.classification.sgd.linear.LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(0.1, 0.1), epochs, Math.max(1, examples.size()), 1, SEED);
        return inner.train(data);
    }

    /** A random forest of classification trees, its probabilities the trees' averaged leaf distributions. */
    static Model<Label> forestClassifier(String name, String source, List<Example<String>> examples, int trees,
                                         int depth) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(name + " from " + source,
                java.time.OffsetDateTime.parse("2026-12-02T00:00:00Z"), LABELS), LABELS);
        for (Example<String> e : examples) {
            data.add(new ArrayExample<>(new Label(e.output()), e.row().names(), e.row().values()));
        }
        org.tribuo.classification.dtree.CARTClassificationTrainer tree =
                new org.tribuo.classification.dtree.CARTClassificationTrainer(depth, 3f, 0f, 0.5f, false,
                        new org.tribuo.classification.dtree.impurity.GiniIndex(), SEED);
        return new org.tribuo.common.tree.RandomForestTrainer<>(tree,
                new org.tribuo.classification.ensemble.FullyWeightedVotingCombiner(), trees, SEED).train(data);
    }

    /** A random forest of regression trees: the grade depends on its inputs together, not one by one. */
    static Model<Regressor> forest(String name, String source, List<Example<Double>> examples, int trees, int depth) {
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance(name + " from " + source,
                java.time.OffsetDateTime.parse("2026-12-02T00:00:00Z"), REGRESSORS), REGRESSORS);
        for (Example<Double> e : examples) {
            data.add(new ArrayExample<>(new Regressor(name, e.output()), e.row().names(), e.row().values()));
        }
        org.tribuo.regression.rtree.CARTRegressionTrainer tree = new org.tribuo.regression.rtree.CARTRegressionTrainer(
                depth, 3f, 0f, 0.5f, new org.tribuo.regression.rtree.impurity.MeanSquaredError(), SEED);
        return new org.tribuo.common.tree.RandomForestTrainer<>(tree,
                new org.tribuo.regression.ensemble.AveragingCombiner(), trees, SEED).train(data);
    }

    static Model<Regressor> regressor(String name, String source, List<Example<Double>> examples, int epochs,
                                      double rate) {
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance(name + " from " + source,
                java.time.OffsetDateTime.parse("2026-12-02T00:00:00Z"), REGRESSORS), REGRESSORS);
        for (Example<Double> e : examples) {
            data.add(new ArrayExample<>(new Regressor(name, e.output()), e.row().names(), e.row().values()));
        }
        Trainer<Regressor> inner = new org.tribuo.regression.sgd.linear.LinearSGDTrainer(new SquaredLoss(),
                new AdaGrad(rate, 0.1), epochs, Math.max(1, examples.size()), 1, SEED);
        return inner.train(data);
    }

}
