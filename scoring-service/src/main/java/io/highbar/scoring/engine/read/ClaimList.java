package io.highbar.scoring.engine.read;

/**
 * Whether an answer is written as a list of short lines: achievements, traits or claims one under another, with or
 * without bullets. Nearly every signal-word list written for train and dev is one and no answer graded 2 or more is
 * (README-engine.md); but a story told in short lines looks the same, so this alone holds nothing: it says what kind
 * of answer the flag model's "no story" is about.
 */
public final class ClaimList {

    /** A list has at least this many lines. */
    static final int MIN_LINES = 5;
    /** A line of a list is at most this many words: a claim, not a paragraph. */
    static final int MAX_LINE_WORDS = 15;
    /** At least this share of the lines are that short. */
    static final double SHORT_SHARE = 0.8;

    private ClaimList() {
    }

    public static boolean of(String text) {
        int lines = 0;
        int shortLines = 0;
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            lines++;
            shortLines += l.split("\\s+").length <= MAX_LINE_WORDS ? 1 : 0;
        }
        return lines >= MIN_LINES && shortLines >= SHORT_SHARE * lines;
    }
}
