package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import io.highbar.scoring.engine.learn.Features;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.training.Learners.Example;

/** The flag model: each card flag of each answer, labelled raised or not, from its features. */
final class FlagTraining {

    private FlagTraining() {
    }

    /**
     * The model trained on every answer, each answer's flags predicted by a model trained without its wave, and the
     * threshold with the best F1 on those.
     */
    record Choice(Model<Label> model, double[][] heldOut, FlagThreshold.Choice threshold) {

        String summary() {
            return "F1 %.4f at p >= %s".formatted(threshold.f1(), threshold.at());
        }
    }

    static Choice train(List<Trainer.Item> items, Folds folds, String source) {
        List<List<Example<String>>> byItem = new ArrayList<>();
        for (Trainer.Item it : items) {
            byItem.add(examples(it));
        }
        List<Model<Label>> models = folds.withoutEachAndAll(f -> model(source, Trainer.pick(byItem, items, f)));
        double[][] heldOut = new double[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            heldOut[i] = predict(models.get(items.get(i).fold()), items.get(i));
        }
        return new Choice(models.get(Trainer.FOLDS), heldOut, FlagThreshold.best(items, heldOut));
    }

    /** Flags depend on their kind and the answer's facts together: trees find those combinations. */
    private static Model<Label> model(String source, List<Example<String>> examples) {
        return Learners.forestClassifier("flag", source, examples, 30, 8);
    }

    private static List<Example<String>> examples(Trainer.Item it) {
        List<Example<String>> out = new ArrayList<>();
        CorpusAnswer.Label label = it.answer().label();
        if (label.overall() == null || label.flags() == null) {
            return out;
        }
        Set<String> raised = Trainer.flagKeys(label);
        for (int f = 0; f < it.reading().card().flags().size(); f++) {
            String key = it.reading().card().flags().get(f).key();
            out.add(new Example<>(Features.flag(it.reading(), f, it.shape(), it.fit()),
                    raised.contains(Trainer.canonicalFlag(key)) ? "1" : "0"));
        }
        return out;
    }

    private static double[] predict(Model<Label> m, Trainer.Item it) {
        double[] out = new double[it.reading().card().flags().size()];
        for (int f = 0; f < out.length; f++) {
            out[f] = Models.probability(m, Features.flag(it.reading(), f, it.shape(), it.fit()));
        }
        return out;
    }
}
