package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which sentences to quote for each dimension: the ones that drove its score. A sentence is quoted for the
 * dimension it shows most, so one sentence is not offered as proof of three different things; a dimension whose
 * only evidence is claimed by another keeps it (it is still the sentence that drove it).
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
        for (int d = 0; d < dims; d++) {
            List<Integer> mine = new ArrayList<>();
            if (scores[d] > 0) {
                for (int k = 0; k < n; k++) {
                    if (owner[k] == d) {
                        mine.add(k);
                    }
                }
                if (mine.isEmpty() && n > 0) {
                    int best = 0;
                    for (int k = 1; k < n; k++) {
                        if (p[d][k] > p[d][best]) {
                            best = k;
                        }
                    }
                    mine.add(best);
                }
                final int dim = d;
                mine.sort(Comparator.comparingDouble((Integer k) -> -p[dim][k]).thenComparingInt(k -> k));
                if (mine.size() > MAX_QUOTES) {
                    mine = new ArrayList<>(mine.subList(0, MAX_QUOTES));
                }
                mine.sort(Integer::compare);
            }
            out.add(List.copyOf(mine));
        }
        return out;
    }
}
