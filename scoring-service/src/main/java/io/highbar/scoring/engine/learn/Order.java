package io.highbar.scoring.engine.learn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tribuo.Model;
import org.tribuo.regression.Regressor;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.read.Reading;

/**
 * Whether the sentences are in the order a story is told: the set-up first, the result last, neighbouring sentences
 * about the same thing, no sentence opening with a word that needs one before it. Shuffled stories and lists of
 * unrelated claims read as out of order.
 *
 * @param position   Spearman correlation between each sentence's place and where the position model expects it
 * @param local      how much closer neighbouring sentences are than any two sentences of the answer
 * @param first      where the position model expects the first sentence (0 opening .. 1 closing)
 * @param last       where it expects the last sentence
 * @param dangling   the first sentence opens with a word that refers back ("Then", "So", "It", "That", "She")
 * @param opener     where the first sentence that sets a scene ("I was working at…", "Last year…") is, 0..1; 0 when
 *                   none does
 * @param closerEarly a closing phrase ("In the end", "As a result", "Since then") in the first half
 * @param sentences  how many sentences
 * @param inversions the share of sentence pairs where the earlier one is expected well after the later one (by more
 *                   than a fifth of the story): a told story has few such confident inversions even where the
 *                   rank correlation is weak, a shuffled one has many
 * @param worstDrop  the largest amount by which an earlier sentence is expected after a later one
 * @param concordance Kendall's tau between each sentence's place and where the position model expects it
 * @param linked     how likely, by the {@link Adjacency} model, each sentence is to come directly after the one before
 *                   it, on average (0 without the model)
 * @param linkLift   how much more likely than any sentence after any other of the same answer
 * @param weakLinks  the share of neighbouring sentences the model gives less than a one-in-five chance of following
 * @param overlapLocal how many more words neighbouring sentences share than any two sentences of the answer
 * @param definiteFirst the share of things mentioned in two sentences or more that are first named as known ("the
 *                   audit") and only later introduced ("an audit"): a story introduces before it refers back
 * @param firstRank  the share of the other sentences the position model expects before the first one
 * @param lastRank   the share of the other sentences it expects after the last one
 * @param openingGap how much later the first sentence is expected than the answer's most opening-like sentence
 * @param closingGap how much earlier the last sentence is expected than the answer's most closing-like sentence
 * @param orphanFirst how likely, by the adjacency model, the first sentence is to follow one of the others, at most
 * @param lastFollowed how likely one of the others is to follow the last sentence, at most
 * @param firstLinkLift how much more likely the second sentence is to follow the first than any other is
 * @param chainGap   how much more likely, per link by the adjacency model, the best chain a greedy walk finds through
 *                   the sentences is than the chain as told (in log probability): a told story is near the best order
 *                   its sentences allow, a shuffled one is not
 * @param pronounBeforeName a "he" or "she" comes before the answer names anyone, and a name comes later
 * @param nameIntroducedLate a name is used bare before the sentence that introduces it ("our night lead, Marcus")
 */
public record Order(double position, double local, double first, double last, boolean dangling, double opener,
                    boolean closerEarly, int sentences, double inversions, double worstDrop, double concordance,
                    double linked, double linkLift, double weakLinks, double overlapLocal, double definiteFirst,
                    double firstRank, double lastRank, double openingGap, double closingGap, double orphanFirst,
                    double lastFollowed, double firstLinkLift, double chainGap, boolean pronounBeforeName,
                    boolean nameIntroducedLate) {

    /** How much later than a following sentence a sentence must be expected to count as a confident inversion. */
    private static final double INVERTED_BY = 0.2;

    static final Set<String> REFERS_BACK = Set.of("then", "so", "afterwards", "after", "that", "this",
            "these", "those", "it", "they", "he", "she", "but", "and", "also", "finally", "eventually", "later",
            "because", "once", "instead", "however", "meanwhile", "next", "still", "there", "both", "its", "their",
            "his", "her", "within", "thanks");
    private static final Set<String> CLOSERS = Set.of("in the end", "as a result", "since then", "looking back",
            "in hindsight", "overall ,", "ultimately", "eventually", "finally", "today");
    private static final Set<String> SCENE_TIME = Set.of("year", "spring", "summer", "autumn", "fall", "winter",
            "month", "quarter", "week", "semester", "term");

    /** A neighbour the adjacency model gives less than this chance of following counts as a weak link. */
    private static final double WEAK_LINK = 0.2;

    private static final Set<String> KNOWN = Set.of("the", "this", "that", "these", "those", "his", "her", "their",
            "our", "its");
    private static final Set<String> NEW = Set.of("a", "an", "another", "some");

    public static Order of(Reading r, Model<Regressor> position, Adjacency adjacency) {
        int n = r.size();
        if (n < 3) {
            return new Order(0, 0, 0, 1, false, 0, false, n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false,
                    false);
        }
        double[] predicted = new double[n];
        double[] actual = new double[n];
        for (int k = 0; k < n; k++) {
            predicted[k] = Models.value(position, Features.position(r.embedding(k)));
            actual[k] = k;
        }
        double adjacent = 0;
        double all = 0;
        int pairs = 0;
        int inverted = 0;
        int concordant = 0;
        int discordant = 0;
        double worstDrop = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double c = Similarity.cos(r.embedding(i), r.embedding(j));
                all += c;
                pairs++;
                if (j == i + 1) {
                    adjacent += c;
                }
                double drop = predicted[i] - predicted[j];
                inverted += drop > INVERTED_BY ? 1 : 0;
                worstDrop = Math.max(worstDrop, drop);
                concordant += drop < 0 ? 1 : 0;
                discordant += drop > 0 ? 1 : 0;
            }
        }
        double opener = 0;
        for (int k = 0; k < n; k++) {
            if (setsScene(r.analysis().sentence(k))) {
                opener = k / (double) (n - 1);
                break;
            }
        }
        boolean closerEarly = false;
        for (int k = 0; k < n / 2; k++) {
            closerEarly |= closes(r.analysis().sentence(k));
        }
        Sentence first = r.analysis().sentence(0);
        boolean dangling = first.size() > 0 && REFERS_BACK.contains(first.low(0));
        List<Set<String>> words = Adjacency.contentWords(r);
        double[] links = links(r, words, predicted, adjacency);
        int before = 0;
        int after = 0;
        double earliest = predicted[0];
        double latest = predicted[0];
        for (int k = 0; k < n; k++) {
            before += k > 0 && predicted[k] < predicted[0] ? 1 : 0;
            after += k < n - 1 && predicted[k] > predicted[n - 1] ? 1 : 0;
            earliest = Math.min(earliest, predicted[k]);
            latest = Math.max(latest, predicted[k]);
        }
        return new Order(Ranks.spearman(predicted, actual), adjacent / (n - 1) - all / pairs, predicted[0],
                predicted[n - 1], dangling, opener, closerEarly, n, inverted / (double) pairs, worstDrop,
                (concordant - discordant) / (double) pairs, links[0], links[1], links[2], overlapLocal(words),
                definiteFirst(r), before / (double) (n - 1), after / (double) (n - 1), predicted[0] - earliest,
                latest - predicted[n - 1], links[3], links[4], links[5], links[6], pronounBeforeName(r),
                nameIntroducedLate(r));
    }

    /**
     * {linked, linkLift, weakLinks, orphanFirst, lastFollowed, firstLinkLift, chainGap}; zeros without an adjacency
     * model. The opening and the close are read apart from the whole: a shuffle can keep much of a story's order and
     * still open mid-story or close on a step that needs one after it.
     */
    private static double[] links(Reading r, List<Set<String>> words, double[] placed, Adjacency adjacency) {
        int n = r.size();
        if (!adjacency.known()) {
            return new double[7];
        }
        double[][] follows = new double[n][n];
        double next = 0;
        double any = 0;
        int weak = 0;
        double orphanFirst = 0;
        double lastFollowed = 0;
        double fromFirst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double p = adjacency.probability(r, words, placed, i, j);
                follows[i][j] = p;
                any += p;
                orphanFirst = j == 0 ? Math.max(orphanFirst, p) : orphanFirst;
                lastFollowed = i == n - 1 ? Math.max(lastFollowed, p) : lastFollowed;
                fromFirst += i == 0 ? p : 0;
                if (j == i + 1) {
                    next += p;
                    weak += p < WEAK_LINK ? 1 : 0;
                }
            }
        }
        double linked = next / (n - 1);
        return new double[] {linked, linked - any / (n * (double) (n - 1)), weak / (double) (n - 1), orphanFirst,
                lastFollowed, follows[0][1] - fromFirst / (n - 1), chainGap(follows)};
    }

    /** The least probability a link is read at, so that one impossible link does not outweigh the whole chain. */
    private static final double LEAST_LINK = 1e-6;

    /**
     * Per link, the log probability of the best chain a greedy walk finds from any first sentence, less that of the
     * chain as told; never below 0, since the told chain is a chain too.
     */
    static double chainGap(double[][] follows) {
        int n = follows.length;
        double told = 0;
        for (int k = 0; k + 1 < n; k++) {
            told += logLink(follows[k][k + 1]);
        }
        double best = told;
        for (int start = 0; start < n; start++) {
            boolean[] used = new boolean[n];
            used[start] = true;
            int at = start;
            double sum = 0;
            for (int step = 1; step < n; step++) {
                int next = -1;
                for (int j = 0; j < n; j++) {
                    if (!used[j] && (next < 0 || follows[at][j] > follows[at][next])) {
                        next = j;
                    }
                }
                sum += logLink(follows[at][next]);
                used[next] = true;
                at = next;
            }
            best = Math.max(best, sum);
        }
        return (best - told) / (n - 1);
    }

    private static double logLink(double p) {
        return Math.log(Math.max(LEAST_LINK, p));
    }

    private static double overlapLocal(List<Set<String>> words) {
        int n = words.size();
        double adjacent = 0;
        double all = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double x = Adjacency.overlap(words.get(i), words.get(j));
                all += x;
                pairs++;
                if (j == i + 1) {
                    adjacent += x;
                }
            }
        }
        return adjacent / (n - 1) - all / pairs;
    }

    /**
     * Nouns first met after a word that marks them as known ("the", "this", "their", past any adjectives) and later
     * after one that introduces them ("a", "another"), of the nouns met in two sentences or more.
     */
    static double definiteFirst(Reading r) {
        Map<String, Integer> firstSeen = new HashMap<>();
        Map<String, Integer> firstKnown = new HashMap<>();
        Set<String> twice = new HashSet<>();
        Set<String> introducedLate = new HashSet<>();
        for (int k = 0; k < r.size(); k++) {
            Sentence s = r.analysis().sentence(k);
            for (int i = 1; i < s.size(); i++) {
                if (!s.tag(i).equals("NOUN")) {
                    continue;
                }
                String noun = Adjacency.singular(s.low(i));
                Integer seen = firstSeen.putIfAbsent(noun, k);
                if (seen != null && seen < k) {
                    twice.add(noun);
                }
                int before = i - 1;
                while (before > 0 && (s.tag(before).equals("ADJ") || s.tag(before).equals("NOUN"))) {
                    before--;
                }
                String marker = s.low(before);
                if (KNOWN.contains(marker)) {
                    firstKnown.putIfAbsent(noun, k);
                } else if (NEW.contains(marker) && firstKnown.getOrDefault(noun, k) < k) {
                    introducedLate.add(noun);
                }
            }
        }
        return twice.isEmpty() ? 0 : introducedLate.size() / (double) twice.size();
    }

    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "his", "her", "hers");
    private static final Set<String> INTRODUCES_AFTER_NAME = Set.of("our", "my", "the", "a", "an", "who");

    /** A "he" or "she" comes before the answer names anyone, and a name comes later: referred to before introduced. */
    static boolean pronounBeforeName(Reading r) {
        boolean pronounFirst = false;
        for (int k = 0; k < r.size(); k++) {
            Sentence s = r.analysis().sentence(k);
            boolean named = false;
            for (int i = 0; i < s.size(); i++) {
                if (s.tag(i).equals("PROPN") && i > 0) {
                    if (pronounFirst) {
                        return true;
                    }
                    named = true;
                }
                if (!named && THIRD_PERSON.contains(s.low(i))) {
                    pronounFirst = true;
                }
            }
            if (named) {
                return false;
            }
        }
        return false;
    }

    /**
     * A name used bare before the sentence that introduces it ("our night lead, Marcus", "Marcus, our night lead",
     * "a nurse named Marcus"): a story introduces a person before it refers to them. A name that opens a sentence is
     * not read, since a capital there says nothing.
     */
    static boolean nameIntroducedLate(Reading r) {
        Set<String> seenBare = new HashSet<>();
        for (int k = 0; k < r.size(); k++) {
            Sentence s = r.analysis().sentence(k);
            Set<String> bare = new HashSet<>();
            for (int i = 1; i < s.size(); i++) {
                if (!s.tag(i).equals("PROPN")) {
                    continue;
                }
                String name = s.low(i);
                if (!introduces(s, i)) {
                    bare.add(name);
                } else if (seenBare.contains(name)) {
                    return true;
                }
            }
            seenBare.addAll(bare);
        }
        return false;
    }

    /** "a nurse, Marcus", "a nurse named Marcus", "Marcus, our night lead". */
    private static boolean introduces(Sentence s, int i) {
        String before = s.low(i - 1);
        return before.equals(",") && i >= 2 && s.tag(i - 2).equals("NOUN")
                || before.equals("named") || before.equals("called")
                || i + 2 < s.size() && s.low(i + 1).equals(",") && INTRODUCES_AFTER_NAME.contains(s.low(i + 2));
    }

    /** "I was a nurse…", "I worked at…", "I joined…", "At my last job…", "Last year…", "In 2021…". */
    static boolean setsScene(Sentence s) {
        for (int i = 0; i + 1 < s.size() && i < 4; i++) {
            String w = s.low(i);
            String next = s.low(i + 1);
            if (w.equals("i") && (next.equals("was") || next.equals("worked") || next.equals("joined")
                    || next.equals("started") || next.equals("used"))) {
                return true;
            }
            if ((w.equals("last") || w.equals("a")) && SCENE_TIME.contains(next.replaceAll("s$", ""))) {
                return true;
            }
            if (w.equals("at") && (next.equals("my") || next.equals("a") || next.equals("the"))) {
                return true;
            }
            if (w.equals("in") && next.length() == 4 && next.startsWith("20")) {
                return true;
            }
        }
        return false;
    }

    private static boolean closes(Sentence s) {
        if (s.size() == 0) {
            return false;
        }
        String one = s.low(0);
        String two = s.size() > 1 ? one + " " + s.low(1) : one;
        String three = s.size() > 2 ? two + " " + s.low(2) : two;
        return CLOSERS.contains(one) || CLOSERS.contains(two) || CLOSERS.contains(three);
    }

    /** The inputs of the jumbled-story model. */
    public FeatureRow features() {
        FeatureRow row = new FeatureRow();
        row.put("position", position);
        row.put("local", local);
        row.put("first", first);
        row.put("last", last);
        row.put("lastMinusFirst", last - first);
        row.put("dangling", dangling);
        row.put("opener", opener);
        row.put("closerEarly", closerEarly);
        row.put("logSentences", Math.log1p(sentences));
        row.put("inversions", inversions);
        row.put("worstDrop", worstDrop);
        row.put("concordance", concordance);
        row.put("linked", linked);
        row.put("linkLift", linkLift);
        row.put("weakLinks", weakLinks);
        row.put("overlapLocal", overlapLocal);
        row.put("definiteFirst", definiteFirst);
        row.put("firstRank", firstRank);
        row.put("lastRank", lastRank);
        row.put("openingGap", openingGap);
        row.put("closingGap", closingGap);
        row.put("orphanFirst", orphanFirst);
        row.put("lastFollowed", lastFollowed);
        row.put("firstLinkLift", firstLinkLift);
        row.put("chainGap", chainGap);
        row.put("pronounBeforeName", pronounBeforeName);
        row.put("nameIntroducedLate", nameIntroducedLate);
        return row;
    }
}
