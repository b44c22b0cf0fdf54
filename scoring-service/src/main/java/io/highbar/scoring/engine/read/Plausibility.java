package io.highbar.scoring.engine.read;

import java.util.Set;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;
import io.highbar.scoring.engine.text.Analysis.Quantity;
import io.highbar.scoring.engine.text.Lexicon;

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
    /**
     * Rates and shares that cannot pass 100% as a level ("satisfaction went to 340%", "uptime hit 120%"), unlike a
     * change ("satisfaction went up 40%") or a ratio to a reference ("120% of quota"). Occupancy and utilisation are
     * left out: a ward or a machine can run over its nominal capacity.
     */
    private static final Set<String> BOUNDED_SHARES = Set.of("satisfaction", "csat", "accuracy", "retention",
            "adoption", "attendance", "coverage", "compliance", "uptime", "availability", "conversion", "completion",
            "acceptance", "participation", "punctuality", "on-time");
    /** Rates named by what they count: "pass rate", "response rate". */
    private static final Set<String> SHARE_RATES = Set.of("pass", "success", "approval", "response", "open", "click",
            "fill", "completion", "conversion", "retention", "attendance", "acceptance", "on-time", "delivery");
    /** What a level of such a share is said to be: "340% accurate". */
    private static final Set<String> BOUNDED_STATES = Set.of("accurate", "correct", "satisfied", "complete",
            "compliant", "full");
    /** Words that set a level rather than a change: "went to", "hit", "was". */
    private static final Set<String> LEVEL = Set.of("to", "at", "reached", "reaching", "hit", "hits", "hitting", "was",
            "were", "is", "are");
    /** Words that soften a number without changing what it measures. */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "roughly", "nearly", "almost", "over",
            "just", "well", "approximately", "some", "up");
    /** Words that bring a count, a time or a cost down to a value ("to negative 12", "dropped below zero"). */
    private static final Set<String> BROUGHT_DOWN = Set.of("to", "fell", "dropped", "went", "go", "gone", "sank",
            "brought", "down");
    /**
     * Quantities that do go below zero: temperature, pressure, a bank balance, a signal strength, a margin or growth,
     * a promoter score. A sentence measuring one of them says nothing impossible with "minus 20".
     */
    private static final Set<String> SIGNED = Set.of("degrees", "degree", "celsius", "fahrenheit", "°", "°c", "°f",
            "temperature", "temperatures", "forecast", "freezer", "freezers", "freezing", "frozen", "chilled", "cold",
            "outside", "pressure", "balance", "account", "overdrawn", "signal", "dbm", "margin", "margins", "growth",
            "profit", "profits", "cash", "income", "nps", "elevation", "altitude");
    /**
     * Words after "N times" that make it a factor of something: "times faster", "times more than", "times what we
     * had", "times normal". Other comparatives are read by their ending ({@link #comparative}).
     */
    private static final Set<String> COMPARING = Set.of("more", "less", "fewer", "better", "worse", "than", "what",
            "normal", "usual", "baseline", "average");
    /** Words ending in "-er" that compare nothing: "10,000 times later", "times together". */
    private static final Set<String> NOT_COMPARATIVE = Set.of("never", "ever", "however", "together", "rather",
            "further", "other", "over", "under", "after", "later", "per", "whether", "either", "neither");
    /** Amounts a payback is counted in: "paid back its cost 90,000 times". */
    private static final Set<String> PAID_BACK = Set.of("cost", "costs", "price", "revenue", "investment", "budget",
            "salary", "spend");
    /** Words that open the amount "N times" is a factor of: "times its cost", "times a normal evening". */
    private static final Set<String> OPENING = Set.of("a", "an", "the", "its", "their", "our", "his", "her", "my",
            "your", "this", "that", "these", "those");
    /**
     * Periods beside {@link Lexicon#TIME_UNITS} that make "N times a night" or "N times the next morning" a frequency
     * or a time: how often, not how much.
     */
    private static final Set<String> PERIODS = Set.of("night", "nights", "shift", "shifts", "morning", "mornings",
            "afternoon", "afternoons", "evening", "evenings", "weekend", "weekends", "release", "releases", "run",
            "runs");
    /** Words that place a time rather than size an amount: "the following month", "the last three weeks". */
    private static final Set<String> TIME_MODIFIERS = Set.of("next", "following", "last", "previous", "same", "first",
            "whole", "entire", "coming");
    /** What an "x" sets on an instrument rather than changes: "50,000x magnification". */
    private static final Set<String> SETTINGS = Set.of("magnification", "zoom", "dilution", "objective", "lens");
    /** How many sentences after a number the story may take to say it was wrong. */
    private static final int DISPUTE_WINDOW = 2;
    private static final double MAX_GROWTH_PERCENT = 1000;
    private static final double MAX_MONEY = 1e10;
    private static final double MAX_MULTIPLIER = 10_000;

    private Plausibility() {
    }

    /** The reason the number cannot be believed, or null. */
    public static String problem(Sentence s, Quantity q) {
        if (belowZero(s, q)) {
            return "a count, a time or a cost cannot fall below zero";
        }
        double value = value(s, q.from(), q.to());
        if (Double.isNaN(value)) {
            return null;
        }
        switch (q.kind()) {
            case "PERCENT" -> {
                if (value > 100 && (falling(s, q) || ofWhole(s, q))) {
                    return "a share over 100% of something cannot be lost or counted";
                }
                if (value > 100 && boundedLevel(s, q)) {
                    return "a rate or a share cannot pass 100%";
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
                if (value >= MAX_MULTIPLIER && factor(s, q)) {
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
     * Whether a large "N times" compares two amounts. "10,000 times faster", "90,000 times their annual revenue" and
     * "paid back its cost 90,000 times" are factors no single change reaches; "cycled the relay 10,000 times during
     * writes", "hit the rate limit 12,000 times" and "downloaded 14 million times as of March" count how often
     * something happened, which may well be true. A factor names what it compares with: after "times" a comparative,
     * "than", "as much as", a closing "over" or an amount of its own that is not a time ("a day", "the next morning"),
     * or before the number what a payback is counted in (a cost, a price, a revenue). "10,000x" and "×" are factors by
     * their notation, unless they set an instrument ("50,000x magnification").
     */
    private static boolean factor(Sentence s, Quantity q) {
        // a quantity is a multiplier by the token right after it: "times", "x" or a number ending in "x"
        int times = q.to();
        if (times >= s.size() || !s.low(times).equals("times")) {
            return times >= s.size() || !SETTINGS.contains(s.low(times));
        }
        int before = wordBefore(s, q.from());
        if (before >= 0 && PAID_BACK.contains(s.low(before))) {
            return true;
        }
        int after = times + 1;
        if (after >= s.size()) {
            return false;
        }
        String next = s.low(after);
        if (COMPARING.contains(next) || comparative(s, after)) {
            return true;
        }
        // "as much as", "as large as"; not "as of March" or "as traffic grew"
        if (next.equals("as")) {
            for (int i = after + 2; i < s.size() && i <= after + 3; i++) {
                if (s.low(i).equals("as")) {
                    return true;
                }
            }
            return false;
        }
        // "paid for itself 10,000 times over." where "10,000 times over the weekend" is a count
        if (next.equals("over")) {
            return after + 1 >= s.size() || s.tag(after + 1).equals("PUNCT");
        }
        if (next.equals("a") || next.equals("an")) {
            // "times a day" is how often; "times a normal evening" is how much
            return after + 1 < s.size() && !period(s.low(after + 1)) && !s.tag(after + 1).equals("PUNCT");
        }
        if (OPENING.contains(next)) {
            // "times their annual revenue" is how much, "times the following month" when, "times that we knew of" a clause
            int i = after + 1;
            while (i < s.size() && (TIME_MODIFIERS.contains(s.low(i)) || s.tag(i).equals("ADJ")
                    || s.tag(i).equals("NUM"))) {
                i++;
            }
            return i < s.size() && !period(s.low(i)) && !s.tag(i).equals("PUNCT")
                    && !s.tag(i).startsWith("PRON");
        }
        return false;
    }

    private static boolean period(String w) {
        return Lexicon.TIME_UNITS.contains(w) || PERIODS.contains(w);
    }

    /** "faster", "cheaper", "worse": an adjective or adverb in its comparative form. */
    private static boolean comparative(Sentence s, int i) {
        String w = s.low(i);
        String tag = s.tag(i);
        return w.length() > 3 && w.endsWith("er") && !NOT_COMPARATIVE.contains(w)
                && (tag.startsWith("ADJ") || tag.startsWith("ADV"));
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

    /**
     * "Satisfaction went to 340%", "on-time delivery rate hit 340%", "340% accurate": a level of a rate or share
     * named before it in the sentence, not a change ("up 340%", "by 340%") or a ratio ("340% of target", which
     * {@link #ofWhole} reads).
     */
    private static boolean boundedLevel(Sentence s, Quantity q) {
        int after = pastPercent(s, q);
        if (after < s.size() && BOUNDED_STATES.contains(s.low(after))) {
            return true;
        }
        if (after < s.size() && s.low(after).equals("of")) {
            return false;
        }
        int before = wordBefore(s, q.from());
        if (before < 0 || !LEVEL.contains(s.low(before))) {
            return false;
        }
        for (int i = Math.max(0, q.from() - 9); i < before; i++) {
            String w = s.low(i);
            if (BOUNDED_SHARES.contains(w)
                    || w.equals("rate") && i > 0 && SHARE_RATES.contains(s.low(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "From 80 complaints a week to negative 15", "wait time went to minus 4 minutes", "fraud dropped below zero":
     * a count, a time or a cost brought down past zero, in a sentence that measures nothing that may be negative.
     */
    private static boolean belowZero(Sentence s, Quantity q) {
        int marker = q.from() - 1;
        if (marker >= 0 && isCurrency(s.low(marker))) {
            marker--;
        }
        boolean zero = q.to() == q.from() + 1 && (s.low(q.from()).equals("zero") || s.low(q.from()).equals("0"));
        boolean negative = marker >= 0 && !zero
                && (s.low(marker).equals("negative") || s.low(marker).equals("minus"));
        boolean pastZero = zero && marker >= 0
                && (s.low(marker).equals("below") || s.low(marker).equals("under")
                    || s.low(marker).equals("than") && marker > 0 && s.low(marker - 1).equals("less"));
        if (!negative && !pastZero) {
            return false;
        }
        int before = wordBefore(s, pastZero && s.low(marker).equals("than") ? marker - 1 : marker);
        if (before < 0 || !BROUGHT_DOWN.contains(s.low(before))) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (SIGNED.contains(s.low(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the words after a percentage start: past its "%" or "percent". */
    private static int pastPercent(Sentence s, Quantity q) {
        int i = q.to();
        return i < s.size() && (s.low(i).equals("%") || s.low(i).equals("percent")) ? i + 1 : i;
    }

    /** The word before token {@code i}, past any that only soften the number ("about", "roughly"); -1 when none. */
    private static int wordBefore(Sentence s, int i) {
        int before = i - 1;
        while (before >= 0 && APPROXIMATE.contains(s.low(before))) {
            before--;
        }
        return before;
    }

    private static boolean isCurrency(String w) {
        return w.equals("$") || w.equals("€") || w.equals("£") || w.equals("₹");
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
        int i = pastPercent(s, q);
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
