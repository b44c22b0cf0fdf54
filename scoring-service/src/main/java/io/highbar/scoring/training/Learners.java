package io.highbar.scoring.training;

import java.util.List;
import java.util.function.Function;

import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

import io.highbar.scoring.engine.learn.FeatureRow;

/**
 * The learners: logistic regression for yes/no and 0/1/2 decisions and least squares for grades and positions,
 * both with AdaGrad (its per-feature step sizes take features on different scales); random forests where a
 * decision depends on its inputs together. Fixed seed, one thread: the same examples give the same model.
 */
final class Learners {

    static final long SEED = 20_261_202L;
    /** The provenance's creation time is fixed too, so it says what the model was trained from, not when. */
    private static final java.time.OffsetDateTime CREATED = java.time.OffsetDateTime.parse("2026-12-02T00:00:00Z");
    private static final LabelFactory LABELS = new LabelFactory();
    private static final RegressionFactory REGRESSORS = new RegressionFactory();

    private Learners() {
    }

    record Example<T>(FeatureRow row, T output) {
    }

    static Model<Label> classifier(String name, String source, List<Example<String>> examples, int epochs) {
        return new org.tribuo.classification.sgd.linear.LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1),
                epochs, Math.max(1, examples.size()), 1, SEED).train(labels(name, source, examples));
    }

    /** A random forest of classification trees, its probabilities the trees' averaged leaf distributions. */
    static Model<Label> forestClassifier(String name, String source, List<Example<String>> examples, int trees,
                                         int depth) {
        CARTClassificationTrainer tree = new CARTClassificationTrainer(depth, 3f, 0f, 0.5f, false, new GiniIndex(),
                SEED);
        return new RandomForestTrainer<>(tree, new FullyWeightedVotingCombiner(), trees, SEED)
                .train(labels(name, source, examples));
    }

    static Model<Regressor> regressor(String name, String source, List<Example<Double>> examples, int epochs,
                                      double rate) {
        return new org.tribuo.regression.sgd.linear.LinearSGDTrainer(new SquaredLoss(), new AdaGrad(rate, 0.1), epochs,
                Math.max(1, examples.size()), 1, SEED).train(regressions(name, source, examples));
    }

    /** A random forest of regression trees: the grade depends on its inputs together, not one by one. */
    static Model<Regressor> forest(String name, String source, List<Example<Double>> examples, int trees, int depth) {
        CARTRegressionTrainer tree = new CARTRegressionTrainer(depth, 3f, 0f, 0.5f, new MeanSquaredError(), SEED);
        return new RandomForestTrainer<>(tree, new AveragingCombiner(), trees, SEED)
                .train(regressions(name, source, examples));
    }

    private static MutableDataset<Label> labels(String name, String source, List<Example<String>> examples) {
        return dataset(name, source, examples, LABELS, Label::new);
    }

    private static MutableDataset<Regressor> regressions(String name, String source, List<Example<Double>> examples) {
        return dataset(name, source, examples, REGRESSORS, v -> new Regressor(name, v));
    }

    private static <T extends Output<T>, V> MutableDataset<T> dataset(String name, String source,
                                                                      List<Example<V>> examples,
                                                                      OutputFactory<T> factory,
                                                                      Function<V, T> output) {
        MutableDataset<T> data = new MutableDataset<>(new SimpleDataSourceProvenance(name + " from " + source,
                CREATED, factory), factory);
        for (Example<V> e : examples) {
            data.add(new ArrayExample<>(output.apply(e.output()), e.row().names(), e.row().values()));
        }
        return data;
    }
}
