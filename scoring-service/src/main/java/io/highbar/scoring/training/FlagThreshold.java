package io.highbar.scoring.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

import io.highbar.scoring.engine.learn.FlagThresholds;

/**
 * The flag probability at which raising flags gives the best micro F1 on predictions made without the answer's wave,
 * and whether each detector's flags are better raised at a threshold of their own.
 */
final class FlagThreshold {

    /** The threshold and the micro F1 it gives. */
    record Choice(double at, double f1) {
    }

    private FlagThreshold() {
    }

    /**
     * One flag of one answer: its detector, whether labellers raised it, the probability predicted without the
     * answer's wave, and that wave's fold.
     */
    record Entry(String detector, boolean labelled, double p, int fold) {
    }

    /** Thresholds of their own, and the micro F1 with and without them on folds they were not chosen on. */
    record PerDetector(FlagThresholds thresholds, double f1Own, double f1One) {

        String summary() {
            return "micro F1 on folds the thresholds were not chosen on: %.4f with each detector's own, %.4f with one; "
                    .formatted(f1Own, f1One) + (thresholds.byDetector().isEmpty() ? "kept one"
                    : "kept " + thresholds.byDetector());
        }
    }

    /** The fewest labelled flags of a detector, among those a threshold is chosen on, for it to get its own. */
    static final int MIN_LABELLED = 100;
    private static final int LOWEST_STEP = 5;
    private static final int HIGHEST_STEP = 80;

    /**
     * Each detector with enough labelled flags gets the threshold that gives the best micro F1 over all flags, the
     * others' held where they are (two rounds, as one detector's best depends on the others'). Kept only where that
     * choice, made on four folds at a time, raises the fifth's flags with a better micro F1 than one threshold made
     * the same way does: the thresholds are many, and so is the room to fit the folds they are chosen on.
     */
    static PerDetector perDetector(List<Entry> entries, int folds) {
        int[] own = new int[3];
        int[] one = new int[3];
        for (int f = 0; f < folds; f++) {
            int fold = f;
            Counts choose = Counts.of(entries.stream().filter(e -> e.fold() != fold).toList());
            Counts judge = Counts.of(entries.stream().filter(e -> e.fold() == fold).toList());
            add(own, judge.at(choose.own()));
            add(one, judge.at(FlagThresholds.of(choose.bestOne())));
        }
        Counts all = Counts.of(entries);
        FlagThresholds kept = f1(own) > f1(one) ? all.own() : FlagThresholds.of(all.bestOne());
        return new PerDetector(kept, f1(own), f1(one));
    }

    /**
     * How many flags of each detector a threshold raises rightly and wrongly, at every threshold tried: [step] true
     * positives, false positives, false negatives.
     */
    private record Counts(Map<String, int[][]> byDetector) {

        static Counts of(List<Entry> entries) {
            Map<String, int[][]> byDetector = new TreeMap<>();
            for (Entry e : entries) {
                int[][] c = byDetector.computeIfAbsent(e.detector(), d -> new int[HIGHEST_STEP + 1][3]);
                for (int step = LOWEST_STEP; step <= HIGHEST_STEP; step++) {
                    boolean raised = e.p() >= step / 100.0;
                    c[step][0] += e.labelled() && raised ? 1 : 0;
                    c[step][1] += !e.labelled() && raised ? 1 : 0;
                    c[step][2] += e.labelled() && !raised ? 1 : 0;
                }
            }
            return new Counts(byDetector);
        }

        int[] at(FlagThresholds thresholds) {
            int[] sum = new int[3];
            byDetector.forEach((detector, c) -> add(sum, c[(int) Math.round(thresholds.at(detector) * 100)]));
            return sum;
        }

        double bestOne() {
            return bestStep(step -> f1(at(FlagThresholds.of(step))));
        }

        FlagThresholds own() {
            double one = bestOne();
            Map<String, Double> at = new TreeMap<>();
            byDetector.forEach((detector, c) -> {
                // every flag is either raised or missed at any one step
                if (c[LOWEST_STEP][0] + c[LOWEST_STEP][2] >= MIN_LABELLED) {
                    at.put(detector, one);
                }
            });
            for (int round = 0; round < 2; round++) {
                for (String detector : List.copyOf(at.keySet())) {
                    at.put(detector, bestStep(step -> {
                        at.put(detector, step);
                        return f1(at(new FlagThresholds(one, at)));
                    }));
                }
            }
            return new FlagThresholds(one, at);
        }
    }

    /** The threshold of the steps tried with the best F1; the lowest of those that tie. */
    private static double bestStep(DoubleUnaryOperator f1At) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = LOWEST_STEP; step <= HIGHEST_STEP; step++) {
            double f1 = f1At.applyAsDouble(step / 100.0);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = step / 100.0;
            }
        }
        return best;
    }

    private static void add(int[] to, int[] c) {
        for (int k = 0; k < to.length; k++) {
            to[k] += c[k];
        }
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    /**
     * Every labelled answer's flags as entries, with the probabilities predicted without its wave; a flag ruled out
     * whatever its probability at 0, as no threshold raises it.
     */
    static List<Entry> entries(List<Trainer.Item> items, double[][] flags) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CorpusAnswer.Label label = items.get(i).answer().label();
            if (label.overall() == null || label.flags() == null) {
                continue;
            }
            Set<String> want = Trainer.flagKeys(label);
            for (int f = 0; f < flags[i].length; f++) {
                var bank = items.get(i).reading().card().flags().get(f);
                double p = FlagThresholds.ruledOut(bank.detector(), items.get(i).shape()) ? 0 : flags[i][f];
                out.add(new Entry(bank.detector(), want.contains(Trainer.canonicalFlag(bank.key())), p,
                        items.get(i).fold()));
            }
        }
        return out;
    }

    static Choice best(List<Trainer.Item> items, double[][] flags) {
        Counts counts = Counts.of(entries(items, flags));
        double at = counts.bestOne();
        return new Choice(at, f1(counts.at(FlagThresholds.of(at))));
    }
}
