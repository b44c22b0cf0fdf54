package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import io.highbar.scoring.engine.learn.FeatureRow;
import io.highbar.scoring.engine.learn.GradeScale;
import io.highbar.scoring.engine.learn.PairPreference;
import io.highbar.scoring.training.Learners.Example;

/**
 * Trains the pair preference ({@link PairPreference}) on the same-story pairs whose two tellings are both graded:
 * each pair gives the better telling's overall inputs less the worse one's ("1") and the reverse ("0"). Its share of
 * the grade is chosen on predictions made without the answer's wave, like the blend's: the share in tenths up to a
 * half whose grades best rank the labelled grades and order the labelled pairs, counted equally; ties go to the smaller
 * share, so a preference that orders no more pairs is not kept.
 */
final class PairPreferenceTraining {

    static final int MAX_TENTHS = 5;
    /** Full-batch steps: few, since pairs' differences are nearly separable and the weights would grow without end. */
    private static final int EPOCHS = 50;

    /** The preference and the raw grades it gives on predictions made without the answer's wave (unbounded). */
    record Result(PairPreference preference, double[] grades, String summary) {
    }

    private PairPreferenceTraining() {
    }

    /**
     * @param rows   each item's overall inputs, from dimensions and flags predicted without its wave
     * @param grades each item's raw grade predicted without its wave (the blend, not yet bounded); shares are compared
     *               on the clamped grades, and the scale's edge is chosen afterwards
     */
    static Result train(List<Trainer.Item> items, FeatureRow[] rows, double[] grades, String source) {
        Map<String, int[]> pairs = pairs(items);
        if (pairs.isEmpty()) {
            return new Result(PairPreference.none(), grades, "no pairs");
        }
        double[] scores = new double[items.size()];
        for (int f = 0; f < Trainer.FOLDS; f++) {
            List<Example<String>> examples = examples(items, rows, pairs, f);
            if (examples.isEmpty()) {
                continue;
            }
            PairPreference p = PairPreference.of(Learners.classifier("preference", source, examples, EPOCHS), 1, 0, 1);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).fold() == f) {
                    scores[i] = p.score(rows[i]);
                }
            }
        }
        double centre = centre(grades, scores);
        double scale = scale(grades, scores, centre);
        double best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        StringBuilder tried = new StringBuilder();
        for (int tenths = 0; tenths <= MAX_TENTHS; tenths++) {
            double share = tenths / 10.0;
            double[] g = GradeScale.CLAMP.bound(adjust(grades, scores, share, centre, scale));
            double rho = OverallBlend.spearman(items, g);
            double ordered = OverallBlend.pairsOrdered(items, g);
            double score = rho + ordered;
            tried.append(String.format(Locale.ROOT, "; share %.1f: pairs %.3f, Spearman %.4f, adversarial over 2.0 %d",
                    share, ordered, rho, adversarialOver2(items, g)));
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = share;
            }
        }
        double[] adjusted = adjust(grades, scores, best, centre, scale);
        String summary = pairs.size() + " pairs, share " + best + ", scores around " + round(centre) + " by " + round(scale)
                + " (without the answer's wave)" + tried;
        if (best == 0) {
            return new Result(PairPreference.none(), grades, summary);
        }
        Model<Label> model = Learners.classifier("preference", source, examples(items, rows, pairs, -1), EPOCHS);
        // the model trained on every pair has a scale of its own: its typical story and spread are found again
        PairPreference all = PairPreference.of(model, 1, 0, 1);
        double[] own = new double[items.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = all.score(rows[i]);
        }
        double ownCentre = centre(grades, own);
        return new Result(PairPreference.of(model, best, round(ownCentre), round(scale(grades, own, ownCentre))),
                adjusted, summary);
    }

    /** Story id to {better item, worse item}, for stories with both tellings graded, in the items' order. */
    private static Map<String, int[]> pairs(List<Trainer.Item> items) {
        Map<String, int[]> byStory = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CorpusAnswer a = items.get(i).answer();
            if (a.pair() == null || a.storyId() == null || a.label().overall() == null) {
                continue;
            }
            int[] p = byStory.computeIfAbsent(a.storyId(), k -> new int[] {-1, -1});
            p[("better".equals(a.pair().variant()) ? 0 : 1)] = i;
        }
        byStory.values().removeIf(p -> p[0] < 0 || p[1] < 0);
        return byStory;
    }

    private static List<Example<String>> examples(List<Trainer.Item> items, FeatureRow[] rows, Map<String, int[]> pairs,
                                                  int exceptFold) {
        List<Example<String>> out = new ArrayList<>();
        for (int[] p : pairs.values()) {
            if (exceptFold >= 0 && items.get(p[0]).fold() == exceptFold) {
                continue;
            }
            out.add(new Example<>(PairPreference.difference(rows[p[0]], rows[p[1]]), "1"));
            out.add(new Example<>(PairPreference.difference(rows[p[1]], rows[p[0]]), "0"));
        }
        return out;
    }

    /** The median score of the answers the preference can move (graded above 2). */
    private static double centre(double[] grades, double[] scores) {
        double[] moved = IntStream.range(0, grades.length).filter(i -> grades[i] > 2)
                .mapToDouble(i -> scores[i]).sorted().toArray();
        return moved.length == 0 ? 0 : moved[moved.length / 2];
    }

    /** The spread of those scores (their standard deviation), so a share means the same whatever the weights' size. */
    private static double scale(double[] grades, double[] scores, double centre) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < grades.length; i++) {
            if (grades[i] > 2) {
                sum += (scores[i] - centre) * (scores[i] - centre);
                n++;
            }
        }
        return n < 2 || sum == 0 ? 1 : Math.sqrt(sum / (n - 1));
    }

    private static double[] adjust(double[] grades, double[] scores, double share, double centre, double scale) {
        double[] out = new double[grades.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = PairPreference.adjust(grades[i], scores[i], share, centre, scale);
        }
        return out;
    }

    private static int adversarialOver2(List<Trainer.Item> items, double[] grades) {
        int over = 0;
        for (int i = 0; i < items.size(); i++) {
            over += "adversarial".equals(items.get(i).answer().kind()) && grades[i] > 2 ? 1 : 0;
        }
        return over;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
