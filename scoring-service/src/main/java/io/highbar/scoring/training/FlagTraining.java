package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.learn.FlagExemplars;
import io.highbar.scoring.engine.learn.Features;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.engine.read.Language;
import io.highbar.scoring.engine.read.Reading;
import io.highbar.scoring.training.Learners.Example;

/**
 * The flag model: each card flag of each answer, labelled raised or not, from its features and, where training keeps
 * them, the closeness of the answer's sentences to those labellers quoted for the flag in other waves
 * ({@link FlagExemplars}).
 */
final class FlagTraining {

    private FlagTraining() {
    }

    /**
     * One way of judging flags: the model trained on every answer, each answer's flags predicted by a model trained
     * without its wave, and the threshold with the best F1 on those.
     */
    record Choice(boolean quoted, Model<Label> model, double[][] heldOut, FlagThreshold.Choice threshold) {

        String summary() {
            return "F1 %.4f at p >= %s".formatted(threshold.f1(), threshold.at());
        }
    }

    /**
     * The sentences labellers quoted for each card's flag in English answers (without one fold's, or none when
     * {@code without} is negative), under {@link FlagExemplars#key}; "we without I" and "no individual contribution"
     * count as one flag.
     */
    static Map<String, List<float[]>> quotedSentences(List<CorpusAnswer> answers, List<Reading> readings,
                                                      Map<String, CardIndex> indexes, int without) {
        Map<String, List<float[]>> quoted = new TreeMap<>();
        for (int i = 0; i < answers.size(); i++) {
            CorpusAnswer a = answers.get(i);
            Reading r = readings.get(i);
            if (Trainer.fold(a) == without || a.label().flags() == null
                    || r.language().kind() != Language.Kind.ENGLISH) {
                continue;
            }
            CardIndex card = indexes.get(a.competencyId());
            for (CorpusAnswer.FlagLabel label : a.label().flags()) {
                for (CardIndex.FlagBank bank : card.flags()) {
                    if (!Trainer.canonicalFlag(bank.key()).equals(Trainer.canonicalFlag(label.key()))) {
                        continue;
                    }
                    for (int k = 0; k < r.size(); k++) {
                        if (Trainer.overlaps(r.span(k), label.evidence())) {
                            quoted.computeIfAbsent(FlagExemplars.key(card.card().id(), bank.key()),
                                    x -> new ArrayList<>()).add(r.embedding(k));
                        }
                    }
                }
            }
        }
        return quoted;
    }

    /** [flag] the answer's closest sentence to those quoted for the flag; NaN where none are known. */
    static double[] quoted(Reading r, CardIndex card, FlagExemplars flagExemplars) {
        return Arrays.stream(flagExemplars.closest(r, card)).mapToDouble(FlagExemplars.Closest::similarity).toArray();
    }

    /** Trains the flag model with or without the sentences quoted for the flags. */
    static Choice train(List<Trainer.Item> items, Folds folds, String source, boolean quoted) {
        List<List<Example<String>>> byItem = new ArrayList<>();
        for (Trainer.Item it : items) {
            byItem.add(examples(it, quoted));
        }
        List<Model<Label>> models = folds.withoutEachAndAll(f -> model(source, Trainer.pick(byItem, items, f)));
        double[][] heldOut = new double[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            heldOut[i] = predict(models.get(items.get(i).fold()), items.get(i), quoted);
        }
        return new Choice(quoted, models.get(Trainer.FOLDS), heldOut, FlagThreshold.best(items, heldOut));
    }

    /** Flags depend on their kind and the answer's facts together: trees find those combinations. */
    private static Model<Label> model(String source, List<Example<String>> examples) {
        return Learners.forestClassifier("flag", source, examples, 30, 8);
    }

    private static List<Example<String>> examples(Trainer.Item it, boolean quoted) {
        List<Example<String>> out = new ArrayList<>();
        CorpusAnswer.Label label = it.answer().label();
        if (label.overall() == null || label.flags() == null) {
            return out;
        }
        Set<String> raised = Trainer.flagKeys(label);
        for (int f = 0; f < it.reading().card().flags().size(); f++) {
            String key = it.reading().card().flags().get(f).key();
            out.add(new Example<>(Features.flag(it.reading(), f, it.shape(), it.fit(),
                    quoted ? it.quoted()[f] : Double.NaN), raised.contains(Trainer.canonicalFlag(key)) ? "1" : "0"));
        }
        return out;
    }

    private static double[] predict(Model<Label> m, Trainer.Item it, boolean quoted) {
        double[] out = new double[it.reading().card().flags().size()];
        for (int f = 0; f < out.length; f++) {
            out[f] = Models.probability(m, Features.flag(it.reading(), f, it.shape(), it.fit(),
                    quoted ? it.quoted()[f] : Double.NaN));
        }
        return out;
    }
}
