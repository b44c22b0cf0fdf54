package io.highbar.scoring.engine.nlp;

/**
 * One sentence: tokens (original and lower case), UD tags and character offsets into the answer; {@code vocabulary}
 * says where each distinct lower-case token occurs.
 */
public record Sentence(int index, int start, int end, String[] words, String[] lower, String[] tags,
                       int[] starts, int[] ends, Vocabulary vocabulary) {

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
