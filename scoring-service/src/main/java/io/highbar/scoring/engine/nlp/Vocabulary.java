package io.highbar.scoring.engine.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each distinct lower-case token occurs in one sentence, so a cue looks up the few positions where it can
 * start instead of testing every token.
 */
public final class Vocabulary {

    private static final int[] NONE = new int[0];

    private final String[] sorted;
    private final int[][] positions;
    private final Map<String, int[]> byWord;

    Vocabulary(String[] lower) {
        byWord = new HashMap<>(lower.length * 2);
        int[] count = new int[lower.length];
        int[] first = new int[lower.length]; // for each token, the position where its word first occurs
        Map<String, Integer> firstAt = new HashMap<>(lower.length * 2);
        for (int t = 0; t < lower.length; t++) {
            Integer f = firstAt.putIfAbsent(lower[t], t);
            first[t] = f == null ? t : f;
            count[first[t]]++;
        }
        int[][] at = new int[lower.length][];
        int[] filled = new int[lower.length];
        for (int t = 0; t < lower.length; t++) {
            int f = first[t];
            if (at[f] == null) {
                at[f] = new int[count[f]];
                byWord.put(lower[t], at[f]);
            }
            at[f][filled[f]++] = t; // ascending
        }
        sorted = byWord.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        positions = new int[sorted.length][];
        for (int k = 0; k < sorted.length; k++) {
            positions[k] = byWord.get(sorted[k]);
        }
    }

    /** Ascending token positions of exactly this word; empty when absent. */
    public int[] positionsOf(String lowerWord) {
        int[] p = byWord.get(lowerWord);
        return p == null ? NONE : p;
    }

    /** Index of the first distinct word that sorts at or after the prefix; walk with {@link #wordAt}. */
    public int firstAtOrAfter(String lowerPrefix) {
        int i = Arrays.binarySearch(sorted, lowerPrefix);
        return i >= 0 ? i : -i - 1;
    }

    public int size() {
        return sorted.length;
    }

    public String wordAt(int k) {
        return sorted[k];
    }

    public int[] positionsAt(int k) {
        return positions[k];
    }
}
