package io.highbar.scoring.engine.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
        Integer[] order = new Integer[lower.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> lower[x].compareTo(lower[y])); // stable: positions ascend within a word
        List<String> words = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && lower[order[j]].equals(lower[order[i]])) {
                j++;
            }
            int[] p = new int[j - i];
            for (int k = i; k < j; k++) {
                p[k - i] = order[k];
            }
            words.add(lower[order[i]]);
            where.add(p);
            i = j;
        }
        sorted = words.toArray(new String[0]);
        positions = where.toArray(new int[0][]);
        byWord = new HashMap<>(sorted.length * 2);
        for (int k = 0; k < sorted.length; k++) {
            byWord.put(sorted[k], positions[k]);
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
