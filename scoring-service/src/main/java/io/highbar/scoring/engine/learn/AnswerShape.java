package io.highbar.scoring.engine.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.read.Reading;
import io.highbar.scoring.engine.read.SentenceFacts;

/**
 * Answer-wide facts independent of any card: how much of it is the candidate acting, in the past, in order; its
 * numbers; and the shapes of text built to game a scorer (lists of short lines, repeated phrases, comma lists).
 *
 * @param closingOutcomes outcome numbers in the closing third of the sentences, where a story tells its result: a
 *                        story can count users and weeks in its situation and still leave its result unmeasured
 * @param closingNumbers  numbers of any kind but dates and versions in that closing third
 */
public record AnswerShape(int sentences, int words, double narrationShare, int ownActions, double weShare,
                          double otherShare, double hypotheticalShare, int outcomes, int closingOutcomes,
                          int closingNumbers, String implausible, boolean assigned, boolean handedOff, boolean waited,
                          boolean effort, boolean reflection,
                          double blameShare, int passives, Order order, double adjacentSimilarity,
                          double repeatedTrigrams, double shortLines, double verbRatio, double commaDensity,
                          Conduct conduct) {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static AnswerShape of(Reading r, Order order, Conduct conduct) {
        int n = r.size();
        int narration = 0;
        int own = 0;
        int we = 0;
        int other = 0;
        int hypothetical = 0;
        int outcomes = 0;
        int closingOutcomes = 0;
        int closingNumbers = 0;
        int closingFrom = n - Math.max(1, (n + 2) / 3);
        int passives = 0;
        int blame = 0;
        String implausible = null;
        boolean assigned = false;
        boolean handedOff = false;
        boolean waited = false;
        boolean effort = false;
        boolean reflection = false;
        for (int k = 0; k < n; k++) {
            SentenceFacts f = r.facts(k);
            narration += f.narration() ? 1 : 0;
            own += f.ownActions();
            we += f.weActions();
            other += f.otherActions();
            hypothetical += f.hypothetical() ? 1 : 0;
            outcomes += f.outcomes();
            if (k >= closingFrom) {
                closingOutcomes += f.outcomes();
                closingNumbers += f.numbers();
            }
            passives += f.passives();
            blame += f.blame() ? 1 : 0;
            implausible = implausible != null ? implausible : f.implausible();
            assigned |= f.assigned();
            handedOff |= f.handedOff();
            waited |= f.waited();
            effort |= f.effort();
            reflection |= f.reflection();
        }
        double actions = Math.max(1, own + we + other);
        double adjacent = 0;
        for (int k = 1; k < n; k++) {
            adjacent += Similarity.cos(r.embedding(k - 1), r.embedding(k));
        }
        return new AnswerShape(n, r.words(), share(narration, n), own, we / actions, other / actions,
                share(hypothetical, n), outcomes, closingOutcomes, closingNumbers, implausible, assigned, handedOff,
                waited, effort, reflection, share(blame, n), passives, order, n > 1 ? adjacent / (n - 1) : 0,
                repeatedTrigrams(r), shortLines(r.text()), verbRatio(r), commaDensity(r), conduct);
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : count / (double) of;
    }

    /** Share of word trigrams that repeat an earlier one. */
    static double repeatedTrigrams(Reading r) {
        List<String> words = new ArrayList<>();
        for (Sentence s : r.analysis().sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.tag(i).equals("PUNCT")) {
                    words.add(s.low(i));
                }
            }
        }
        if (words.size() < 12) {
            return 0;
        }
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!seen.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2))) {
                repeats++;
            }
        }
        return repeats / (double) (words.size() - 2);
    }

    /** Share of non-empty lines of at most 12 words: bullet lists and one-line claims. */
    static double shortLines(String text) {
        String[] lines = LINE_BREAK.split(text);
        int nonEmpty = 0;
        int shortOnes = 0;
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty()) {
                nonEmpty++;
                if (SPACES.split(t).length <= 12) {
                    shortOnes++;
                }
            }
        }
        return nonEmpty < 3 ? 0 : shortOnes / (double) nonEmpty;
    }

    static double verbRatio(Reading r) {
        int tokens = 0;
        int verbs = 0;
        for (Sentence s : r.analysis().sentences()) {
            for (int i = 0; i < s.size(); i++) {
                tokens++;
                if (s.tag(i).startsWith("VERB") || s.tag(i).startsWith("AUX")) {
                    verbs++;
                }
            }
        }
        return tokens == 0 ? 0 : verbs / (double) tokens;
    }

    static double commaDensity(Reading r) {
        int tokens = 0;
        int commas = 0;
        for (Sentence s : r.analysis().sentences()) {
            for (int i = 0; i < s.size(); i++) {
                tokens++;
                if (s.low(i).equals(",")) {
                    commas++;
                }
            }
        }
        return tokens == 0 ? 0 : commas / (double) tokens;
    }
}
