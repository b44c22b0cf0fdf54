package io.highbar.scoring.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.highbar.scoring.engine.nlp.Doc;
import io.highbar.scoring.engine.nlp.Sentence;

/**
 * Per-answer linguistic features the detectors share: who acts in each clause, passive constructions,
 * negation and hypotheticals, quantities that measure an outcome, first-person past narration.
 */
public final class Analysis {

    public enum Actor { I, WE, OTHER, NEUTRAL, PASSIVE }

    /** A number in a sentence; {@code impact} when it measures an outcome. */
    public record Quantity(int sentence, int from, int to, String kind, boolean impact) {
    }

    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern VERSION = Pattern.compile("v\\d.*|\\d+\\.\\d+\\.\\d+.*");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d\\d.*|\\d{1,2}(am|pm)");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern MULTIPLIER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?[x\u00d7]");

    private final Doc doc;
    private final Actor[][] subjects;
    private final boolean[][] passive;
    private final boolean[][] passiveByMe;
    private final List<List<Quantity>> quantities = new ArrayList<>();
    private final boolean[] firstSingular;
    private final boolean[] narration;
    private int words;
    private int verbs;
    private int tokens;

    public Analysis(Doc doc) {
        this.doc = doc;
        int n = doc.sentences().size();
        subjects = new Actor[n][];
        passive = new boolean[n][];
        passiveByMe = new boolean[n][];
        firstSingular = new boolean[n];
        narration = new boolean[n];
        for (Sentence s : doc.sentences()) {
            int k = s.index();
            subjects[k] = findSubjects(s);
            passive[k] = new boolean[s.size()];
            passiveByMe[k] = new boolean[s.size()];
            findPassives(s, passive[k], passiveByMe[k]);
            quantities.add(findQuantities(s));
            for (int i = 0; i < s.size(); i++) {
                String w = s.low(i);
                if (Lexicon.FIRST_SINGULAR.contains(w)) {
                    firstSingular[k] = true;
                }
                String tag = s.tag(i);
                if (!tag.equals("PUNCT") && !tag.equals("SYM")) {
                    words++;
                }
                if (tag.startsWith("VERB") || tag.contains("+VERB")) {
                    verbs++;
                }
                tokens++;
            }
            narration[k] = isNarration(s, subjects[k]);
        }
    }

    public Doc doc() {
        return doc;
    }

    public List<Sentence> sentences() {
        return doc.sentences();
    }

    public Sentence sentence(int k) {
        return doc.sentences().get(k);
    }

    public int words() {
        return words;
    }

    public int verbs() {
        return verbs;
    }

    public int tokens() {
        return tokens;
    }

    public boolean firstSingular(int k) {
        return firstSingular[k];
    }

    /** First-person (I or we) past-tense narration: the sentence tells part of a story. */
    public boolean narration(int k) {
        return narration[k];
    }

    public Actor subjectAt(int k, int token) {
        return subjects[k][token];
    }

    public boolean passiveAt(int k, int token) {
        return passive[k][token];
    }

    public boolean passiveByMe(int k, int token) {
        return passiveByMe[k][token];
    }

    public List<Quantity> quantities(int k) {
        return quantities.get(k);
    }

    // ------------------------------------------------------------------ subjects

    private static Actor[] findSubjects(Sentence s) {
        Actor[] out = new Actor[s.size()];
        for (int i = 0; i < s.size(); i++) {
            String w = s.low(i);
            String prev = i > 0 ? s.low(i - 1) : "";
            if (Lexicon.I_FORMS.contains(w)) {
                if (!prev.equals("than") && !prev.equals("and") || i + 1 < s.size() && isVerbLike(s, i + 1)) {
                    out[i] = Actor.I;
                }
            } else if (Lexicon.WE_FORMS.contains(w)) {
                out[i] = Actor.WE;
            } else if (Lexicon.THEY_FORMS.contains(w)) {
                out[i] = Actor.OTHER;
            } else if (Lexicon.NEUTRAL_SUBJECTS.contains(w)) {
                if (w.equals("nobody") || w.equals("someone") || w.equals("everyone") || w.endsWith("'s")
                        || i + 1 < s.size() && isVerbLike(s, i + 1)) {
                    out[i] = Actor.NEUTRAL;
                }
            } else if (w.equals("one") && prev.equals("no")) {
                out[i] = Actor.NEUTRAL;
            } else if ((Lexicon.COLLECTIVE_NOUNS.contains(w) || Lexicon.person(w)
                    || s.tag(i).equals("PROPN")) && nextIsVerb(s, i) && !prev.equals("my") && !isPreposition(s, i - 1)
                    || (s.tag(i).equals("NOUN") && nextIsVerb(s, i) && prev.equals("my"))) {
                if (prev.equals("my") && !Lexicon.COLLECTIVE_NOUNS.contains(w) && !Lexicon.person(w)) {
                    out[i] = Actor.I; // "my fix reduced ..."
                } else if (Lexicon.COLLECTIVE_NOUNS.contains(w)) {
                    out[i] = Actor.WE;
                } else if (Lexicon.person(w) || s.tag(i).equals("PROPN")) {
                    out[i] = Actor.OTHER;
                }
            } else if (prev.equals("my") && (Lexicon.COLLECTIVE_NOUNS.contains(w) || Lexicon.person(w))
                    && nextIsVerb(s, i)) {
                out[i] = Lexicon.COLLECTIVE_NOUNS.contains(w) ? Actor.WE : Actor.OTHER;
            } else if ((Lexicon.person(w) || s.tag(i).equals("PROPN")) && !isPreposition(s, i - 1)
                    && (ofPhraseThenVerb(s, i) || appositionThenVerb(s, i))) {
                // "the head of nursing asked", "Sarah, my manager, asked", "my lead, Tomasz, asked"
                out[i] = Actor.OTHER;
            }
        }
        return out;
    }

    /** "head of the night shift" followed by a verb: the person before "of" is the subject. */
    private static boolean ofPhraseThenVerb(Sentence s, int i) {
        if (!Lexicon.person(s.low(i)) || i + 1 >= s.size() || !s.low(i + 1).equals("of")) {
            return false;
        }
        int j = i + 2;
        while (j < s.size() && j <= i + 5 && nominal(s, j)) {
            j++;
        }
        return j > i + 2 && j < s.size() && isVerbLike(s, j);
    }

    /** "Sarah, my manager, asked": a name or a role, a short noun phrase between commas, then a verb. */
    private static boolean appositionThenVerb(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.low(i + 1).equals(",")) {
            return false;
        }
        int j = i + 2;
        while (j < s.size() && j <= i + 6 && nominal(s, j)) {
            j++;
        }
        return j > i + 2 && j + 1 < s.size() && s.low(j).equals(",") && isVerbLike(s, j + 1);
    }

    private static boolean nominal(Sentence s, int i) {
        String t = s.tag(i);
        return t.startsWith("NOUN") || t.startsWith("PROPN") || t.equals("DET") || t.equals("ADJ")
                || t.equals("PRON") && (s.low(i).equals("my") || s.low(i).equals("our"));
    }

    private static boolean isPreposition(Sentence s, int i) {
        return i >= 0 && s.tag(i).equals("ADP");
    }

    private static boolean isVerbLike(Sentence s, int i) {
        String t = s.tag(i);
        return t.startsWith("VERB") || t.startsWith("AUX") || t.equals("ADV") && i + 1 < s.size()
                && (s.tag(i + 1).startsWith("VERB") || s.tag(i + 1).startsWith("AUX"));
    }

    private static boolean nextIsVerb(Sentence s, int i) {
        return i + 1 < s.size() && isVerbLike(s, i + 1);
    }

    // ------------------------------------------------------------------ passive voice

    private static void findPassives(Sentence s, boolean[] out, boolean[] byMe) {
        for (int i = 0; i < s.size(); i++) {
            if (!Lexicon.BE_FORMS.contains(s.low(i)) && !s.low(i).endsWith("'s")) {
                continue;
            }
            int j = i + 1;
            while (j < s.size() && j <= i + 3 && (s.tag(j).equals("ADV") || s.tag(j).equals("PART")
                    || s.low(j).equals("been") || s.low(j).equals("being"))) {
                j++;
            }
            while (j < s.size() && isParticiple(s, j)) {
                out[j] = true;
                int k = j + 1;
                if (k + 1 < s.size() && (s.low(k).equals("and") || s.low(k).equals("or") || s.low(k).equals(","))
                        && isParticiple(s, k + 1)) {
                    j = k + 1;
                } else {
                    break;
                }
            }
            if (j < s.size() && out[j]) {
                for (int k = j + 1; k < s.size() - 1 && k <= j + 6; k++) {
                    if (s.low(k).equals("by") && (s.low(k + 1).equals("me") || s.low(k + 1).equals("myself"))) {
                        for (int m = i; m <= j; m++) {
                            byMe[m] = true;
                        }
                    }
                }
            }
        }
    }

    static boolean isParticiple(Sentence s, int j) {
        String w = s.low(j);
        String t = s.tag(j);
        if (!(t.startsWith("VERB") || t.startsWith("ADJ"))) {
            return false;
        }
        if (Lexicon.PARTICIPLE_ADJECTIVES.contains(w)) {
            return false;
        }
        return w.length() > 3 && w.endsWith("ed") || Lexicon.IRREGULAR_PARTICIPLES.contains(w);
    }

    // ------------------------------------------------------------------ narration

    private static boolean isNarration(Sentence s, Actor[] subj) {
        for (int i = 0; i < s.size(); i++) {
            if (subj[i] != Actor.I && subj[i] != Actor.WE) {
                continue;
            }
            for (int j = i + 1; j < s.size() && j <= i + 4; j++) {
                String w = s.low(j);
                String t = s.tag(j);
                if ((t.startsWith("VERB") || t.startsWith("AUX")) && (w.endsWith("ed") || PAST.contains(w)
                        || Lexicon.WORK_VERBS.contains(w))) {
                    return true;
                }
            }
            String w = s.low(i);
            if (w.equals("i've") || w.equals("we've")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PAST = java.util.Set.of("was", "were", "had", "did", "didn't",
            "wasn't", "weren't", "hadn't", "took", "made", "got", "went", "saw", "knew", "thought", "told", "said",
            "gave", "began", "came", "kept", "felt", "brought", "sent", "spent", "stood", "left", "met", "heard",
            "understood", "chose", "wrote", "built", "ran", "led", "drove", "found", "caught", "held", "won", "put",
            "set", "cut", "dug", "sat");

    // ------------------------------------------------------------------ actor, negation, hypotheticals

    /** Who performs the words at tokens [from, to) of sentence k. */
    public Actor actor(int k, int from, int to) {
        Sentence s = sentence(k);
        Actor[] subj = subjects[k];
        if (from > 0 && s.low(from - 1).equals("which") || s.low(from).equals("which")) {
            // ", which convinced them": the relative clause continues the main clause's actor
            for (int i = from - 1; i >= 0; i--) {
                if (subj[i] == Actor.I) {
                    return Actor.I;
                }
            }
        }
        int pos = -1;
        for (int i = from; i < to; i++) {
            if (subj[i] != null) {
                pos = i;
                break;
            }
        }
        if (pos < 0) {
            for (int i = from - 1; i >= 0; i--) {
                if (s.low(i).equals(";")) {
                    break;
                }
                if (subj[i] != null) {
                    pos = i;
                    break;
                }
            }
        }
        if (pos < 0) {
            for (int i = to; i < s.size(); i++) {
                if (subj[i] != null) {
                    pos = i;
                    break;
                }
            }
        }
        Actor a = pos < 0 ? Actor.NEUTRAL : subj[pos];
        // passive construction governing the words: the candidate is a spectator, unless "by me"
        int lo = pos >= 0 && pos < from ? pos + 1 : Math.max(0, from - 3);
        if (pos >= 0 && pos < from && a != Actor.I) {
            lo = Math.max(lo, from - 3);
        }
        for (int i = lo; i < Math.min(to, s.size()); i++) {
            if (passive[k][i]) {
                if (passiveByMe[k][i]) {
                    return Actor.I;
                }
                return Actor.PASSIVE;
            }
        }
        return a;
    }

    private int windowStart(int k, int from) {
        Sentence s = sentence(k);
        int i = from - 1;
        while (i >= 0 && from - i <= 8 && !Lexicon.CLAUSE_BREAKS.contains(s.low(i))) {
            if (s.low(i).equals("and") && i + 1 < from && subjects[k][i + 1] != null) {
                break;
            }
            i--;
        }
        return i + 1;
    }

    /** Negation before the words in the same clause, or inside them when the cue itself is not negative. */
    public boolean negated(int k, int from, int to, boolean cueIsNegative) {
        Sentence s = sentence(k);
        for (int i = windowStart(k, from); i < from; i++) {
            if (isVerbNegator(s, i)) {
                return true;
            }
        }
        if (!cueIsNegative) {
            for (int i = from; i < to; i++) {
                if (isVerbNegator(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A modal before "have" and a participle, negated or not: "should have", "should never have", "shouldn't have",
     * "wouldn't have". Each speaks of what did not happen.
     */
    public static boolean perfectModal(Sentence s, int i) {
        String w = s.low(i);
        boolean modal = switch (w) {
            case "would", "could", "should", "might", "must", "wouldn't", "couldn't", "shouldn't", "mightn't",
                 "mustn't" -> true;
            default -> false;
        };
        if (!modal) {
            return false;
        }
        int next = i + 1;
        if (next < s.size() && (s.low(next).equals("never") || s.low(next).equals("not"))) {
            next++;
        }
        if (next >= s.size() || !s.low(next).equals("have") && !s.low(next).equals("'ve")) {
            return false;
        }
        // a participle follows ("should have checked", "must have been"), not a noun ("must have an owner tag")
        int verb = next + 1;
        if (verb < s.size() && s.tag(verb).equals("ADV")) {
            verb++;
        }
        return verb < s.size() && (s.tag(verb).startsWith("VERB") || s.tag(verb).startsWith("AUX"));
    }

    private static boolean isVerbNegator(Sentence s, int i) {
        String w = s.low(i);
        return w.equals("not") || w.equals("never") || w.endsWith("n't") || w.equals("neither") || w.equals("nor")
                || w.equals("failed") || w.equals("forgot") || w.equals("cannot")
                || w.equals("no") && i + 1 < s.size() && s.low(i + 1).equals("longer");
    }

    /** "I should have pushed back", "if I had measured it": not something the candidate did. */
    public boolean hypothetical(int k, int from) {
        Sentence s = sentence(k);
        for (int i = windowStart(k, from); i < from; i++) {
            String w = s.low(i);
            if (perfectModal(s, i)) {
                return true;
            }
            if (Lexicon.MODALS.contains(w)) {
                if (w.equals("would") || w.equals("could") || w.equals("should") || w.equals("might")
                        || w.equals("must")) {
                    if (i + 1 < s.size() && (s.low(i + 1).equals("have") || s.low(i + 1).equals("'ve"))) {
                        return true;
                    }
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ quantities

    /** Same as {@code ".*\\d.*"} matching the whole token (no line terminator, an ASCII digit), without a regex. */
    static boolean hasDigit(String w) {
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return digit;
    }

    private static boolean isNumber(Sentence s, int i) {
        String w = s.low(i);
        if (hasDigit(w)) {
            return true;
        }
        if (Lexicon.MULTIPLIER_WORDS.contains(w)) {
            return true;
        }
        return Lexicon.NUMBER_WORDS.contains(w) && (s.tag(i).equals("NUM") || w.equals("half") || w.equals("twice")
                || w.equals("zero") || w.equals("dozens") || w.equals("hundreds") || w.equals("thousands"));
    }

    private static List<Quantity> findQuantities(Sentence s) {
        List<Quantity> out = new ArrayList<>(0);
        boolean change = false;
        boolean money = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.low(i);
            if (Lexicon.CHANGE_WORDS.contains(w) && !w.equals("from") && !w.equals("more") && !w.equals("up")
                    && !w.endsWith("ing")) {
                change = true;
            }
            if (w.equals("per") || w.equals("monthly") || w.equals("annually") || w.equals("weekly")
                    || w.equals("saved") || w.equals("lost") || w.equals("cost") || w.equals("revenue")
                    || w.equals("worth") || w.equals("savings")) {
                money = true;
            }
        }
        int i = 0;
        while (i < s.size()) {
            if (!isNumber(s, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.size() && (isNumber(s, end) || s.low(end).equals(",") && end + 1 < s.size()
                    && DIGIT.matcher(s.low(end + 1)).matches() && false)) {
                end++;
            }
            out.add(classify(s, i, end, change, money));
            i = end;
        }
        // from A to B: both ends measure a change
        for (int a = 0; a < out.size(); a++) {
            Quantity q = out.get(a);
            if (q.kind().equals("YEAR") || q.kind().equals("DATE") || q.kind().equals("VERSION")
                    || q.kind().equals("CLOCK")) {
                continue;
            }
            boolean fromBefore = false;
            for (int j = Math.max(0, q.from() - 4); j < q.from(); j++) {
                if (s.low(j).equals("from")) {
                    fromBefore = true;
                }
            }
            if (!fromBefore) {
                continue;
            }
            for (int b = a + 1; b < out.size(); b++) {
                Quantity r = out.get(b);
                boolean toBetween = false;
                for (int j = q.to(); j < r.from() && j <= q.to() + 4; j++) {
                    if (s.low(j).equals("to")) {
                        toBetween = true;
                    }
                }
                if (toBetween && !r.kind().equals("YEAR") && !r.kind().equals("DATE")) {
                    out.set(a, new Quantity(q.sentence(), q.from(), q.to(), "FROM_TO", true));
                    out.set(b, new Quantity(r.sentence(), r.from(), r.to(), "FROM_TO", true));
                    break;
                }
            }
        }
        return out;
    }

    private static Quantity classify(Sentence s, int from, int to, boolean change, boolean moneyContext) {
        int k = s.index();
        String w = s.low(from);
        String last = s.low(to - 1);
        String prev = from > 0 ? s.low(from - 1) : "";
        String prev2 = from > 1 ? s.low(from - 2) : "";
        String next = to < s.size() ? s.low(to) : "";
        String next2 = to + 1 < s.size() ? s.low(to + 1) : "";
        boolean percent = last.contains("%") || next.equals("%") || next.equals("percent") || next.equals("pp")
                || next.equals("percentage") || next.equals("bps");
        boolean money = w.startsWith("$") || w.startsWith("\u20ac") || w.startsWith("\u00a3") || w.startsWith("\u20b9")
                || prev.equals("$") || prev.equals("\u20ac") || prev.equals("\u00a3") || prev.equals("usd")
                || prev.equals("rs") || prev.equals("inr") || next.equals("dollars") || next.equals("usd");
        boolean multiplier = MULTIPLIER.matcher(last).matches() || next.equals("x") || next.equals("\u00d7")
                || next.equals("times") || Lexicon.MULTIPLIER_WORDS.contains(last);
        boolean byTo = prev.equals("by") || prev.equals("to") || prev.equals("under") || prev.equals("below");
        if (percent) {
            return new Quantity(k, from, to, "PERCENT", change || byTo);
        }
        if (money) {
            return new Quantity(k, from, to, "MONEY", change || moneyContext);
        }
        if (multiplier) {
            return new Quantity(k, from, to, "MULTIPLIER", change || next2.equals("faster") || next2.equals("fewer")
                    || next2.equals("less") || next2.equals("more") || next.equals("faster"));
        }
        if (YEAR.matcher(w).matches() && to == from + 1) {
            return new Quantity(k, from, to, "YEAR", false);
        }
        if (VERSION.matcher(w).matches() || prev.equals("version") || prev.equals("v") || prev.equals("java")
                || prev.equals("python") || prev.equals("ios") || prev.equals("android") || prev.equals("release")
                || prev.equals("build")) {
            return new Quantity(k, from, to, "VERSION", false);
        }
        if (CLOCK.matcher(w).matches() || next.equals("am") || next.equals("pm") || next.equals("a.m.")
                || next.equals("p.m.") || next.equals("o'clock")) {
            return new Quantity(k, from, to, "CLOCK", false);
        }
        if (ORDINAL.matcher(w).matches() || Lexicon.MONTHS.contains(prev) || Lexicon.MONTHS.contains(next)) {
            return new Quantity(k, from, to, "DATE", false);
        }
        if (Lexicon.PEOPLE_UNITS.contains(next) || Lexicon.PEOPLE_UNITS.contains(next2)
                && s.tag(to).equals("ADJ") || prev.equals("of") && prev2.equals("team") || prev.equals("team")) {
            return new Quantity(k, from, to, "PEOPLE", false);
        }
        if (next.startsWith("sprint") || prev.startsWith("sprint")) {
            return new Quantity(k, from, to, "SPRINT", false);
        }
        if (Lexicon.TIME_UNITS.contains(next) || w.matches("\\d+(ms|s|h|min|mins|hrs?|d)")) {
            boolean saved = false;
            for (int j = Math.max(0, from - 3); j < from; j++) {
                String b = s.low(j);
                if (b.equals("saved") || b.equals("saving") || b.equals("cut") || b.equals("reduced")
                        || b.equals("shaved") || b.equals("freed") || b.equals("down") || b.equals("under")
                        || b.equals("to") && change) {
                    saved = true;
                }
            }
            for (int j = to + 1; j < Math.min(s.size(), to + 3); j++) {
                String a = s.low(j);
                if (a.equals("faster") || a.equals("less") || a.equals("shorter") || a.equals("quicker")
                        || a.equals("saved") || a.equals("sooner")) {
                    saved = true;
                }
            }
            return new Quantity(k, from, to, "DURATION", saved);
        }
        boolean outcomeNoun = Lexicon.OUTCOME_NOUNS.contains(next) || Lexicon.OUTCOME_NOUNS.contains(next2);
        if (outcomeNoun) {
            boolean zeroSince = (w.equals("zero") || w.equals("0"));
            return new Quantity(k, from, to, "COUNT", change || zeroSince);
        }
        return new Quantity(k, from, to, "NUMBER", false);
    }
}
