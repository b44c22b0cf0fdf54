package io.highbar.scoring.engine.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * The trained decisions, loaded from the Tribuo model files in {@code scoring-model/} on the classpath (written by
 * {@code train}; their provenance says from which corpus and with which trainer). Immutable and thread-safe.
 *
 * @param evidence  whether a sentence shows a signal ({@link EvidenceModel}, labels "0"/"1")
 * @param dimension a signal's score across the answer (labels "0"/"1"/"2")
 * @param flag      whether a flag applies (labels "0"/"1")
 * @param overall   the overall grade, 1..4 (regression forest)
 * @param overallLinear the overall grade from the same inputs by least squares: the forest's grade is flat where
 *                  strong answers crowd, and the linear one still moves with every input, so a blend of the two keeps
 *                  two versions of a story apart when one of them lacks a single thing
 * @param level     the level cleared, 0 NONE .. 4 STAFF (regression)
 * @param position  where a sentence belongs in a story, 0..1 (regression)
 * @param jumbled   whether the sentences are out of a story's order, e.g. shuffled (labels "0"/"1")
 * @param conduct   whether a sentence tells of conduct of that kind ({@link Conduct}, labels "0"/"1")
 * @param flagAt    the flag probabilities at which flags are raised ({@link FlagThresholds}, chosen in training for
 *                  the best F1 on predictions made without the answer's wave)
 * @param overallBlend the linear grade's share of the blend (chosen in training on predictions made without the
 *                  story)
 * @param jumbledAt the jumbled probability at which an answer counts as out of order (chosen in training so that
 *                  99% of real stories stay under it, each predicted by a model that never saw it)
 * @param exemplars what stories told for each bundled card read like
 * @param offPrincipleAt the exemplar margin under which a story reads as another principle's (chosen in training so
 *                  that 99% of real stories stay above it, each read with exemplars fitted without it); negative
 *                  infinity when the models have none
 * @param dimensionCuts where a signal's expected score becomes 0, 1 or 2 (chosen in training for the best mean kappa
 *                  on scores predicted without the story; plain rounding for models trained before)
 * @param preference which of two tellings of a story is better ({@link PairPreference}); none for models trained
 *                  without one
 * @param adjacency how likely one sentence comes directly after another ({@link Adjacency}), read by the order
 *                  features; none for models trained without one
 * @param scale     how the raw grade is bounded to 1..4 ({@link GradeScale}, its edge chosen in training); the clamp
 *                  for models trained without one
 */
public record Models(EvidenceModel evidence, Model<Label> dimension, Model<Label> flag, Model<Regressor> overall,
                     Model<Regressor> overallLinear, Model<Regressor> level, Model<Regressor> position,
                     Model<Label> jumbled, KindModel conduct, FlagThresholds flagAt, double overallBlend,
                     double jumbledAt, Exemplars exemplars, double offPrincipleAt, DimensionCuts dimensionCuts,
                     PairPreference preference, Adjacency adjacency, GradeScale scale) {

    public static final String LOCATION = "scoring-model/";
    public static final String[] NAMES = {"evidence", "dimension", "flag", "overall", "overall-linear", "level",
        "position", "jumbled", "conduct"};
    public static final String THRESHOLDS = "thresholds.properties";

    public static Models load() {
        return load(name -> {
            String path = LOCATION + (name.contains(".") ? name : name + ".tribuo");
            InputStream in = Models.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath: run the trainer (SCORING.md)");
            }
            return in;
        });
    }

    /** The models a training run wrote into a folder. */
    public static Models load(java.nio.file.Path folder) {
        return load(name -> {
            try {
                return java.nio.file.Files.newInputStream(folder.resolve(name.contains(".") ? name : name + ".tribuo"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Models load(java.util.function.Function<String, InputStream> open) {
        java.util.Properties thresholds = new java.util.Properties();
        try (InputStream in = open.apply(THRESHOLDS)) {
            thresholds.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + THRESHOLDS, e);
        }
        Exemplars exemplars;
        try (InputStream in = open.apply(Exemplars.FILE)) {
            exemplars = Exemplars.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Exemplars.FILE, e);
        }
        return new Models(EvidenceModel.of(label(open, "evidence")), label(open, "dimension"), label(open, "flag"),
                regressor(open, "overall"), regressor(open, "overall-linear"), regressor(open, "level"),
                regressor(open, "position"), label(open, "jumbled"), Conduct.model(label(open, "conduct")),
                FlagThresholds.read(thresholds),
                Double.parseDouble(thresholds.getProperty("overallBlend", "0")),
                Double.parseDouble(thresholds.getProperty("jumbled", "0.5")), exemplars,
                Double.parseDouble(thresholds.getProperty("offPrinciple", "-Infinity")),
                new DimensionCuts(Double.parseDouble(thresholds.getProperty("dimensionLow", "0.5")),
                        Double.parseDouble(thresholds.getProperty("dimensionHigh", "1.5"))),
                preference(open, thresholds),
                Boolean.parseBoolean(thresholds.getProperty(Adjacency.NAME, "false"))
                        ? Adjacency.of(label(open, Adjacency.NAME)) : Adjacency.none(),
                new GradeScale(Double.parseDouble(thresholds.getProperty("gradeEdge", "0"))));
    }

    /** The pair preference where training kept one (a share over 0), else none. */
    private static PairPreference preference(java.util.function.Function<String, InputStream> open,
                                             java.util.Properties thresholds) {
        double share = Double.parseDouble(thresholds.getProperty("pairShare", "0"));
        if (share == 0) {
            return PairPreference.none();
        }
        return PairPreference.of(label(open, PairPreference.NAME), share,
                Double.parseDouble(thresholds.getProperty("pairCentre", "0")),
                Double.parseDouble(thresholds.getProperty("pairScale", "1")));
    }

    /**
     * The overall grade of one answer, 1 to 4: the forest's, blended with the linear model's, moved by the pair
     * preference and bounded by the scale.
     */
    public double grade(FeatureRow row) {
        double forest = value(overall, row);
        double blend = overallBlend == 0 ? forest : (1 - overallBlend) * forest + overallBlend * value(overallLinear, row);
        return scale.bound(preference.adjust(blend, row));
    }

    /** Probability of label "1". */
    public static double probability(Model<Label> model, FeatureRow row) {
        return scores(model, row).getOrDefault("1", 0.0);
    }

    /** Expected value of a model over labels "0", "1", "2". */
    public static double expected(Model<Label> model, FeatureRow row) {
        Map<String, Double> s = scores(model, row);
        return s.getOrDefault("1", 0.0) + 2 * s.getOrDefault("2", 0.0);
    }

    public static double value(Model<Regressor> model, FeatureRow row) {
        Prediction<Regressor> p = model.predict(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, row.names(),
                row.values()));
        return p.getOutput().getValues()[0];
    }

    private static Map<String, Double> scores(Model<Label> model, FeatureRow row) {
        Prediction<Label> p = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, row.names(), row.values()));
        Map<String, Double> out = new java.util.HashMap<>();
        p.getOutputScores().forEach((k, v) -> out.put(k, v.getScore()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Model<Label> label(java.util.function.Function<String, InputStream> open, String name) {
        Model<?> m = read(open, name);
        if (!m.validate(Label.class)) {
            throw new IllegalStateException(name + " is not a classification model");
        }
        return (Model<Label>) m;
    }

    @SuppressWarnings("unchecked")
    private static Model<Regressor> regressor(java.util.function.Function<String, InputStream> open, String name) {
        Model<?> m = read(open, name);
        if (!m.validate(Regressor.class)) {
            throw new IllegalStateException(name + " is not a regression model");
        }
        return (Model<Regressor>) m;
    }

    private static Model<?> read(java.util.function.Function<String, InputStream> open, String name) {
        try (InputStream in = open.apply(name)) {
            return Model.deserializeFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + name + " model", e);
        }
    }
}
