package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which sentences to quote for each dimension: the ones that drove its score. A sentence is quoted for the
 * dimension it shows most, so one sentence is not offered as proof of three different things. A dimension that
 * shows most in no sentence quotes the sentence it shows most among those no other dimension quotes: its score
 * came from the answer as a whole, and the same quote under three headings reads as no evidence at all. Only when
 * every sentence is quoted already does it share one.
 */
final class EvidencePicker {

    static final int MAX_QUOTES = 3;
    private static final double QUOTE_AT = 0.5;

    private EvidencePicker() {
    }

    /**
     * @param p      [dimension][sentence] evidence probabilities
     * @param scores the dimensions' scores; a 0 gets no quote
     * @return [dimension] the sentence indexes to quote, in answer order
     */
    static List<List<Integer>> pick(double[][] p, int[] scores) {
        int dims = p.length;
        int n = dims == 0 ? 0 : p[0].length;
        int[] owner = new int[n];
        for (int k = 0; k < n; k++) {
            owner[k] = -1;
            double best = QUOTE_AT;
            for (int d = 0; d < dims; d++) {
                if (scores[d] > 0 && p[d][k] >= best) {
                    best = p[d][k];
                    owner[k] = d;
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>(dims);
        boolean[] quoted = new boolean[n];
        for (int d = 0; d < dims; d++) {
            List<Integer> mine = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (owner[k] == d) {
                    mine.add(k);
                }
            }
            out.add(strongest(mine, p[d]));
            out.get(d).forEach(k -> quoted[k] = true);
        }
        for (int d : withoutOwnSentence(p, scores, out)) {
            int k = best(p[d], quoted);
            if (k < 0) {
                k = best(p[d], new boolean[n]);
            }
            if (k >= 0) {
                quoted[k] = true;
                out.set(d, List.of(k));
            }
        }
        return out;
    }

    /** At most {@link #MAX_QUOTES} of the sentences, the most probable, in answer order. */
    private static List<Integer> strongest(List<Integer> sentences, double[] p) {
        List<Integer> mine = new ArrayList<>(sentences);
        mine.sort(Comparator.comparingDouble((Integer k) -> -p[k]).thenComparingInt(k -> k));
        if (mine.size() > MAX_QUOTES) {
            mine = new ArrayList<>(mine.subList(0, MAX_QUOTES));
        }
        mine.sort(Integer::compare);
        return List.copyOf(mine);
    }

    /** The scored dimensions that show most in no sentence, the most confident first, so it chooses first. */
    private static List<Integer> withoutOwnSentence(double[][] p, int[] scores, List<List<Integer>> owned) {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d < p.length; d++) {
            if (scores[d] > 0 && owned.get(d).isEmpty()) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingDouble((Integer d) -> -max(p[d])).thenComparingInt(d -> d));
        return out;
    }

    /** The sentence with the highest probability among those not taken, the first on a tie; -1 when all are. */
    private static int best(double[] p, boolean[] taken) {
        int best = -1;
        for (int k = 0; k < p.length; k++) {
            if (!taken[k] && (best < 0 || p[k] > p[best])) {
                best = k;
            }
        }
        return best;
    }

    private static double max(double[] p) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            m = Math.max(m, v);
        }
        return m;
    }
}
