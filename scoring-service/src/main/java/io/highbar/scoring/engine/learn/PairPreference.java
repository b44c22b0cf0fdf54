package io.highbar.scoring.engine.learn;

import java.util.Map;
import java.util.TreeMap;

import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Which of two tellings of one story a bar raiser prefers, learned from the corpus's same-story pairs (owned or
 * blamed, self-started or assigned, with or without pushback, a trade-off, numbers, "I"): a linear model of the
 * difference between their overall inputs. Labellers often give both tellings the same grade, so the grade models
 * learn little of what separates them; the writer's intent says which is better. Read on one answer, the model's
 * score is how much its inputs lean the way better tellings do.
 *
 * <p>The grade moves by at most {@code share} either way, and only for answers graded above 2, in proportion to how
 * far above (fully from 3): an answer that is not a real story has no better telling to be compared with, so no
 * answer at or under 2 moves and none crosses 2.
 *
 * <p>{@code share}, the most the grade moves, and {@code centre}, the score of a typical story (which moves nothing),
 * are chosen in training on predictions made without the story; a share of 0 turns the preference off.
 */
public final class PairPreference {

    /** The model file. */
    public static final String NAME = "preference";

    private final Model<Label> model;
    private final LinearMargins margins;
    private final double share;
    private final double centre;
    private final double scale;

    private PairPreference(Model<Label> model, LinearMargins margins, double share, double centre, double scale) {
        this.model = model;
        this.margins = margins;
        this.share = share;
        this.centre = centre;
        this.scale = scale;
    }

    public static PairPreference none() {
        return new PairPreference(null, null, 0, 0, 1);
    }

    public static PairPreference of(Model<Label> model, double share, double centre, double scale) {
        if (model == null) {
            return none();
        }
        LinearMargins margins = LinearMargins.of(model);
        return new PairPreference(model, margins, margins == null ? 0 : share, centre, scale);
    }

    /** The trained model, or null for none. */
    public Model<Label> model() {
        return model;
    }

    public double share() {
        return share;
    }

    public double centre() {
        return centre;
    }

    public double scale() {
        return scale;
    }

    /** How much the answer's inputs lean the way better tellings do (the model's log-odds without its bias). */
    public double score(FeatureRow row) {
        if (margins == null) {
            return 0;
        }
        String[] names = row.names();
        double[] values = row.values();
        double s = 0;
        for (int i = 0; i < names.length; i++) {
            s += margins.of(names[i]) * values[i];
        }
        return s;
    }

    /** The grade moved by the preference, for the models' raw grade (the scale bounds it afterwards). */
    public double adjust(double grade, FeatureRow row) {
        return adjust(grade, score(row), share, centre, scale);
    }

    /** The same, for a score already computed (training tries several shares on the same scores). */
    public static double adjust(double grade, double score, double share, double centre, double scale) {
        if (share == 0 || grade <= 2) {
            return grade;
        }
        double story = Math.min(1, grade - 2);
        return grade + share * story * Math.tanh((score - centre) / scale);
    }

    /** The better telling's inputs less the worse one's: what one training example of the model reads. */
    public static FeatureRow difference(FeatureRow better, FeatureRow worse) {
        Map<String, Double> d = new TreeMap<>();
        String[] names = better.names();
        double[] values = better.values();
        for (int i = 0; i < names.length; i++) {
            d.merge(names[i], values[i], Double::sum);
        }
        names = worse.names();
        values = worse.values();
        for (int i = 0; i < names.length; i++) {
            d.merge(names[i], -values[i], Double::sum);
        }
        FeatureRow row = new FeatureRow();
        d.forEach(row::put);
        return row.compact();
    }
}
