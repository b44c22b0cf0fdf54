package io.highbar.scoring.engine.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnable tokenizer with its answers remembered per whitespace-separated word. {@code TokenizerME}
 * splits the text at whitespace, then asks the maxent model about every character position of each word longer
 * than one character (the 1.3.0 model has the alphanumeric shortcut off); the features and the abbreviation check
 * read only that word, so a word's split never depends on its neighbours and remembering it gives exactly the
 * tokens OpenNLP would give, without the model calls for words already seen.
 */
final class WordSplitter {

    /** Bounded so a stream of unique words cannot grow the heap (≤ ~2 MB): past it, new words are split, not kept. */
    static final int MAX_WORDS = 20_000;

    /** Longer words (URLs, pasted code) are rare and would make the kept words' size unbounded. */
    static final int MAX_WORD_LENGTH = 40;

    private static final int[] WHOLE = new int[0];

    private final ThreadSafeTokenizerME tokenizer;
    private final boolean remember;
    private final ConcurrentHashMap<String, int[]> splits = new ConcurrentHashMap<>();

    /** @param remember false gives plain {@code TokenizerME} cost (the benchmark's default-configuration floor) */
    WordSplitter(ThreadSafeTokenizerME tokenizer, boolean remember) {
        this.tokenizer = tokenizer;
        this.remember = remember;
    }

    /** Same spans as {@code TokenizerME.tokenizePos(text)}. */
    Span[] tokenizePos(String text) {
        if (!remember) {
            return tokenizer.tokenizePos(text);
        }
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(words.length + words.length / 4);
        for (Span w : words) {
            int start = w.getStart();
            int end = w.getEnd();
            if (end - start < 2) {
                out.add(w);
                continue;
            }
            int[] cuts = cuts(text.substring(start, end));
            if (cuts == WHOLE) {
                out.add(w);
                continue;
            }
            for (int i = 0; i < cuts.length; i += 2) {
                out.add(new Span(start + cuts[i], start + cuts[i + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** Token boundaries inside one word as start, end pairs relative to it; {@link #WHOLE} for one token. */
    private int[] cuts(String word) {
        int[] known = splits.get(word);
        if (known != null) {
            return known;
        }
        Span[] parts = tokenizer.tokenizePos(word);
        int[] cuts;
        if (parts.length == 1 && parts[0].getStart() == 0 && parts[0].getEnd() == word.length()) {
            cuts = WHOLE;
        } else {
            cuts = new int[parts.length * 2];
            for (int i = 0; i < parts.length; i++) {
                cuts[2 * i] = parts[i].getStart();
                cuts[2 * i + 1] = parts[i].getEnd();
            }
        }
        if (word.length() <= MAX_WORD_LENGTH && splits.size() < MAX_WORDS) {
            splits.putIfAbsent(word, cuts);
        }
        return cuts;
    }
}
