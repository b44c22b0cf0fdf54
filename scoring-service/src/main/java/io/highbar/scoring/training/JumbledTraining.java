package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

import io.highbar.scoring.engine.embed.SentenceEncoder;
import io.highbar.scoring.engine.learn.Adjacency;
import io.highbar.scoring.engine.learn.Models;
import io.highbar.scoring.engine.learn.Order;
import io.highbar.scoring.engine.nlp.Nlp;
import io.highbar.scoring.engine.read.Language;
import io.highbar.scoring.engine.read.Reading;
import io.highbar.scoring.training.Learners.Example;

/**
 * The jumbled-story model: real stories ("0") against shuffled ones ("1"), both the seeded copies of every story of
 * five sentences or more ({@link Shuffles}) and the shuffled answers the corpus's writers made, each read with the
 * position and adjacency models that did not see its wave. An answer reads as out of order from the real stories' 99th
 * percentile, each predicted by a model trained without its wave, so few real stories told by someone new are taken
 * for shuffled ones. The model is a weighted sum of the order features (logistic regression): a forest of 100 trees
 * over the same examples caught fewer shuffled answers without their wave at its own threshold.
 */
final class JumbledTraining {

    /** The corpus's adversarial answers whose sentences a writer put out of order. */
    static final String SHUFFLED = "shuffled";

    private static final double REAL_KEPT = 0.99;

    private JumbledTraining() {
    }

    /**
     * The model, the probability from which an answer reads as out of order, what it catches there, and the models
     * without each wave, which read each answer's order as a candidate's is read: by a model that never saw its writer.
     */
    record Result(Model<Label> model, double at, String summary, List<Model<Label>> without) {

        /** The probability that the answer, of the given fold, is out of order, from the model without its wave. */
        double heldOut(int fold, Reading reading, Order order) {
            return reading.size() < 3 ? 0 : Models.probability(without.get(fold), order.features());
        }
    }

    /** One example and the fold of the wave it comes from; {@code seeded} marks a real story's own shuffled copy. */
    record Held(Example<String> example, int fold, boolean seeded) {

        boolean real() {
            return example.output().equals("0");
        }
    }

    /**
     * The threshold the models without each wave give, how many shuffled answers of each kind they catch there, and
     * those models.
     */
    record Trial(double at, int seededCaught, int seeded, int writtenCaught, int written, List<Model<Label>> without) {

        String summary() {
            return "at p >= %s catches %d of %d seeded copies and %d of %d written shuffled answers without their wave"
                    .formatted(at, seededCaught, seeded, writtenCaught, written);
        }
    }

    static Result train(List<CorpusAnswer> answers, List<Reading> readings, Nlp nlp, SentenceEncoder encoder,
                        List<Model<Regressor>> positions, List<Adjacency> adjacencies, Folds folds, String source) {
        List<Held> examples = examples(answers, readings, nlp, encoder, positions, adjacencies);
        Trial trial = trial(examples, folds, source);
        return new Result(fit(examples.stream().map(Held::example).toList(), source), trial.at(), trial.summary(),
                trial.without());
    }

    private static Model<Label> fit(List<Example<String>> examples, String source) {
        return Learners.classifier("jumbled", source, examples, 50);
    }

    /**
     * Each real story of five sentences or more and its seeded copy, then the writers' shuffled answers of three
     * sentences or more (an answer shorter than that is never read for order).
     */
    static List<Held> examples(List<CorpusAnswer> answers, List<Reading> readings, Nlp nlp, SentenceEncoder encoder,
                               List<Model<Regressor>> positions, List<Adjacency> adjacencies) {
        List<Held> out = new ArrayList<>();
        for (Shuffles.Copy c : Shuffles.of(answers, readings, nlp, encoder)) {
            Model<Regressor> position = positions.get(c.fold());
            Adjacency adjacency = adjacencies.get(c.fold());
            out.add(new Held(new Example<>(Order.of(c.original(), position, adjacency).features(), "0"), c.fold(),
                    false));
            out.add(new Held(new Example<>(Order.of(c.shuffled(), position, adjacency).features(), "1"), c.fold(),
                    true));
        }
        for (int i = 0; i < answers.size(); i++) {
            CorpusAnswer a = answers.get(i);
            Reading r = readings.get(i);
            if (SHUFFLED.equals(a.adversarialType()) && a.label().overall() != null && r.size() >= 3
                    && r.language().kind() == Language.Kind.ENGLISH) {
                int fold = Trainer.fold(a);
                out.add(new Held(new Example<>(Order.of(r, positions.get(fold), adjacencies.get(fold)).features(),
                        "1"), fold, false));
            }
        }
        return out;
    }

    /** The models without each wave, the threshold they give and what they catch at it. */
    static Trial trial(List<Held> examples, Folds folds, String source) {
        List<Model<Label>> without = folds.withoutEach(f -> fit(
                examples.stream().filter(h -> h.fold() != f).map(Held::example).toList(), source));
        double[] p = new double[examples.size()];
        for (int i = 0; i < p.length; i++) {
            Held h = examples.get(i);
            p[i] = Models.probability(without.get(h.fold()), h.example().row());
        }
        double at = threshold(examples, p);
        int seeded = 0;
        int seededCaught = 0;
        int written = 0;
        int writtenCaught = 0;
        for (int i = 0; i < p.length; i++) {
            Held h = examples.get(i);
            if (h.real()) {
                continue;
            }
            boolean caught = p[i] >= at;
            if (h.seeded()) {
                seeded++;
                seededCaught += caught ? 1 : 0;
            } else {
                written++;
                writtenCaught += caught ? 1 : 0;
            }
        }
        return new Trial(at, seededCaught, seeded, writtenCaught, written, without);
    }

    /**
     * The real stories' 99th percentile (never below one half), rounded as it is published: about one real story in a
     * hundred reads as out of order.
     */
    static double threshold(List<Held> examples, double[] p) {
        double[] real = IntStream.range(0, p.length).filter(i -> examples.get(i).real())
                .mapToDouble(i -> p[i]).toArray();
        return real.length == 0 ? 0.5 : Math.max(0.5, Percentile.of(real, REAL_KEPT));
    }
}
