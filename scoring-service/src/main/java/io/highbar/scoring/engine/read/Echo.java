package io.highbar.scoring.engine.read;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;

/**
 * How much of an answer is the question's own words. A story brings its own people, places, actions and results;
 * an answer that says the question back, however many times and however it is turned, brings almost nothing else.
 * Content words (nouns, verbs, adjectives, adverbs) are compared by a light stem so that "questioned" echoes
 * "question"; the words every question is framed in ("tell me about a time") do not count.
 */
public final class Echo {

    /**
     * Under this many content words an answer reads as 0 and is left to the no-story model: in a short story that
     * names its topic twice, the question's words can reach a share that only an echo reaches in a longer one.
     */
    static final int MIN_CONTENT_WORDS = 25;
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");
    private static final Set<String> FRAME = Set.of("tell", "describe", "give", "example", "time", "walk", "share",
            "talk", "situation").stream().map(Echo::stem).collect(Collectors.toUnmodifiableSet());

    private Echo() {
    }

    /** The share of the answer's content words whose stem is one of the question's content words. */
    public static double share(Analysis answer, Analysis question) {
        Set<String> asked = new HashSet<>();
        forEachContentWord(question, asked::add);
        int[] counts = new int[2];
        forEachContentWord(answer, stem -> {
            counts[0]++;
            counts[1] += asked.contains(stem) ? 1 : 0;
        });
        return counts[0] < MIN_CONTENT_WORDS ? 0 : (double) counts[1] / counts[0];
    }

    private static void forEachContentWord(Analysis a, Consumer<String> out) {
        for (Sentence s : a.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.low(i);
                if (CONTENT.contains(s.tag(i)) && Character.isLetter(w.charAt(0))) {
                    String stem = stem(w);
                    if (!FRAME.contains(stem)) {
                        out.accept(stem);
                    }
                }
            }
        }
    }

    /**
     * A light stem, the same for a word's common forms: one inflection off (-ies to -y, -ing, -ed, -es after a
     * hissing sound, -s but not -ss, -us or -is), then a final e, so that "decide" and "decided", "issue" and
     * "issues", "process" and "processes" meet.
     */
    static String stem(String w) {
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ing") && s.length() >= 6) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() >= 5) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() >= 5 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("zes")
                || s.endsWith("ches") || s.endsWith("shes"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && s.length() >= 4 && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("e") && s.length() >= 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
