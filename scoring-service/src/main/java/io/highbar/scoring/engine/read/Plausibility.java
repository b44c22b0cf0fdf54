package io.highbar.scoring.engine.read;

import java.util.Set;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;
import io.highbar.scoring.engine.text.Analysis.Quantity;

/**
 * Whether a number an answer claims could be true. A bar raiser stops believing a story at "errors fell by 140%"
 * (a fall beyond everything), "312 out of 100", a four-digit percentage growth or tens of billions saved by one
 * person: such a number earns no credit and becomes a flag.
 */
public final class Plausibility {

    private static final Set<String> FALLING = Set.of("reduced", "reduce", "reducing", "cut", "cutting", "dropped",
            "drop", "fell", "decreased", "decrease", "lowered", "less", "fewer", "down", "shrank", "shrunk",
            "eliminated", "slashed", "trimmed", "reduction", "decline", "declined", "plummeted");
    /** Amounts a percentage is measured against rather than a whole it is a share of. */
    private static final Set<String> REFERENCE_AMOUNTS = Set.of("average", "mean", "median", "baseline", "target",
            "quota", "goal", "plan", "forecast", "budget", "estimate", "capacity", "limit", "threshold", "benchmark",
            "norm", "peak", "level", "rate", "price", "cost", "value", "salary", "size");
    /** Words that call a number wrong: the story's own doubt about what a report or a dashboard said. */
    private static final Set<String> DISPUTING = Set.of("wrong", "impossible", "incorrect", "inflated", "overcounted",
            "miscounted", "suspicious", "doubted", "implausible", "unbelievable");
    /**
     * Belief the story withholds from a number: "I didn't believe it". Not "buy" or "trust", which as often mean a
     * purchase ("we didn't have to buy the software") or a relationship ("they didn't trust us").
     */
    private static final Set<String> BELIEVING = Set.of("believe", "believed");
    /** How many sentences after a number the story may take to say it was wrong. */
    private static final int DISPUTE_WINDOW = 2;
    private static final double MAX_GROWTH_PERCENT = 1000;
    private static final double MAX_MONEY = 1e10;
    private static final double MAX_MULTIPLIER = 10_000;

    private Plausibility() {
    }

    /** The reason the number cannot be believed, or null. */
    public static String problem(Sentence s, Quantity q) {
        double value = value(s, q.from(), q.to());
        if (Double.isNaN(value)) {
            return null;
        }
        switch (q.kind()) {
            case "PERCENT" -> {
                if (value > 100 && (falling(s, q) || ofWhole(s, q))) {
                    return "a share over 100% of something cannot be lost or counted";
                }
                if (value > MAX_GROWTH_PERCENT) {
                    return "a change of more than " + (int) MAX_GROWTH_PERCENT + "% is not believable as stated";
                }
            }
            case "MONEY" -> {
                if (value >= MAX_MONEY) {
                    return "tens of billions is not an amount one person's work changes";
                }
            }
            case "MULTIPLIER" -> {
                if (value >= MAX_MULTIPLIER) {
                    return "a change of ten thousand times or more is not believable as stated";
                }
            }
            default -> {
                if (outOfScale(s, q, value)) {
                    return "a score above the top of its own scale";
                }
            }
        }
        return null;
    }

    /**
     * Whether the story calls the numbers of sentence {@code k} wrong within the next two sentences ("One zip showed
     * 104% of residents vaccinated. [...] I didn't believe it, so I pulled the raw records"). Catching an impossible
     * number in a report is a story of diving deep, not a claim: the candidate neither claims it nor earns credit for it.
     */
    public static boolean disputed(Analysis a, int k) {
        for (int j = k + 1; j <= k + DISPUTE_WINDOW && j < a.sentences().size(); j++) {
            Sentence next = a.sentence(j);
            for (int i = 0; i < next.size(); i++) {
                String w = next.low(i);
                if (DISPUTING.contains(w) || BELIEVING.contains(w) && a.negated(j, i, i + 1, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean falling(Sentence s, Quantity q) {
        for (int i = Math.max(0, q.from() - 6); i < Math.min(s.size(), q.to() + 3); i++) {
            if (FALLING.contains(s.low(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "140% of our customers": a share of a whole cannot pass the whole. A percentage of a reference amount ("110% of
     * the trailing average", "112% of quota", "150% of last year's level") is a ratio and may pass 100.
     */
    private static boolean ofWhole(Sentence s, Quantity q) {
        int i = q.to();
        if (i < s.size() && (s.low(i).equals("%") || s.low(i).equals("percent"))) {
            i++;
        }
        return i < s.size() && s.low(i).equals("of") && !REFERENCE_AMOUNTS.contains(head(s, i + 1));
    }

    /**
     * The head of the noun phrase starting at {@code from}: its last noun, where a possessive ("each team's") starts
     * the phrase again, or an adjective standing as the noun ("its monthly median"); "" when there is none.
     */
    private static String head(Sentence s, int from) {
        String head = "";
        boolean nounSeen = false;
        for (int i = from; i < s.size(); i++) {
            String tag = s.tag(i);
            if (tag.startsWith("NOUN") || tag.startsWith("PROPN")) {
                boolean possessive = tag.endsWith("PART");
                head = possessive ? "" : s.low(i);
                nounSeen = !possessive;
                continue;
            }
            boolean hyphen = s.low(i).equals("-");
            boolean modifier = tag.equals("DET") || tag.equals("PRON") || tag.equals("ADJ") || tag.equals("NUM")
                    || tag.equals("VERB") || hyphen;
            if (!modifier || nounSeen && !hyphen) {
                break;
            }
            if (tag.equals("ADJ")) {
                head = s.low(i);
            }
        }
        return head;
    }

    /** "312 out of 100", "12/10". */
    private static boolean outOfScale(Sentence s, Quantity q, double value) {
        int i = q.to();
        if (i + 2 < s.size() && s.low(i).equals("out") && s.low(i + 1).equals("of")) {
            double scale = value(s, i + 2, i + 3);
            return !Double.isNaN(scale) && scale > 0 && value > scale;
        }
        String w = s.low(q.from());
        int slash = w.indexOf('/');
        if (slash > 0 && q.to() == q.from() + 1) {
            double top = parse(w.substring(0, slash));
            double scale = parse(w.substring(slash + 1));
            return !Double.isNaN(top) && !Double.isNaN(scale) && scale > 0 && top > scale;
        }
        return false;
    }

    /** The value of the number in tokens [from, to), with k/m/bn suffixes and "thousand/million/billion". */
    static double value(Sentence s, int from, int to) {
        double v = Double.NaN;
        for (int i = from; i < to && i < s.size(); i++) {
            double p = parse(s.low(i));
            if (!Double.isNaN(p)) {
                v = Double.isNaN(v) ? p : v * p;
            } else if (!Double.isNaN(v) && scaleWord(s.low(i)) != 1) {
                v *= scaleWord(s.low(i));
            }
        }
        int i = to;
        while (!Double.isNaN(v) && i < s.size()) {
            double scale = scaleWord(s.low(i));
            if (scale == 1) {
                break;
            }
            v *= scale;
            i++;
        }
        return v;
    }

    private static double scaleWord(String w) {
        return switch (w) {
            case "thousand", "k" -> 1e3;
            case "million", "millions", "mn", "m" -> 1e6;
            case "billion", "billions", "bn", "b" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }

    static double parse(String token) {
        String t = token.replace(",", "").replace("$", "").replace("€", "").replace("£", "").replace("₹", "")
                .replace("%", "").replace("x", "").replace("×", "");
        double scale = 1;
        if (t.endsWith("k")) {
            scale = 1e3;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("bn")) {
            scale = 1e9;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("m")) {
            scale = 1e6;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("b")) {
            scale = 1e9;
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.length() > 18) {
            return Double.NaN;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.')) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(t) * scale;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
