package io.highbar.scoring.engine.nlp;

/** One sentence: tokens (original and lower case), UD tags and character offsets into the answer. */
public record Sentence(int index, int start, int end, String[] words, String[] lower, String[] tags,
                       int[] starts, int[] ends) {

    public int size() {
        return words.length;
    }

    public String tag(int i) {
        return tags[i];
    }

    public String low(int i) {
        return lower[i];
    }
}
