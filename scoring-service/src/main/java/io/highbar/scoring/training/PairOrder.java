package io.highbar.scoring.training;

import java.util.Map;

/**
 * Same-story pairs and how many of them the grades order: the better variant strictly higher than the worse one.
 * The report's figure and the choice of the grade blend in training count it the same way.
 *
 * @param pairs   stories with both variants graded
 * @param ordered those whose better variant is graded strictly higher
 */
record PairOrder(int pairs, int ordered) {

    /** Grades of the better and of the worse variant, by story id. */
    static PairOrder of(Map<String, Double> better, Map<String, Double> worse) {
        int pairs = 0;
        int ordered = 0;
        for (Map.Entry<String, Double> b : better.entrySet()) {
            Double w = worse.get(b.getKey());
            if (w != null) {
                pairs++;
                ordered += b.getValue() > w ? 1 : 0;
            }
        }
        return new PairOrder(pairs, ordered);
    }

    /** The share ordered; NaN without pairs. */
    double share() {
        return pairs == 0 ? Double.NaN : ordered / (double) pairs;
    }
}
