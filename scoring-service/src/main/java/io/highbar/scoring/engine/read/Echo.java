package io.highbar.scoring.engine.read;

import java.util.HashSet;
import java.util.Set;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;

/**
 * How much of an answer is the question's own words. A story brings its own people, places, actions and results;
 * an answer that says the question back, however many times and however it is turned, brings almost nothing else.
 * Content words (nouns, verbs, adjectives, adverbs) are compared by a light stem so that "questioned" echoes
 * "question"; the words every question is framed in ("tell me about a time") do not count.
 */
public final class Echo {

    /** Under this many content words an answer is too short for a share to mean anything: it reads as 0. */
    static final int MIN_CONTENT_WORDS = 10;
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");
    private static final Set<String> FRAME = Set.of("tell", "describe", "give", "example", "time", "walk", "share",
            "talk", "situation");

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

    private static void forEachContentWord(Analysis a, java.util.function.Consumer<String> out) {
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

    /** Strips one inflection (-ing, -ed, -es, -s) when a stem of three letters or more is left. */
    static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
