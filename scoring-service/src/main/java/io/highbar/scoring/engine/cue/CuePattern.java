package io.highbar.scoring.engine.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.nlp.Vocabulary;

/**
 * A compiled cue. Syntax (space-separated terms, matched case-insensitively against consecutive tokens of one
 * sentence): {@code word}, prefix wildcard {@code prioriti*}, alternatives {@code (pushed|pushing|push*)},
 * {@code _} exactly one token, {@code ...} a gap of 0-4 tokens, {@code <VERB>} a UD POS tag.
 * Literal words are tokenised with the answer tokenizer, so contractions are written naturally ("wasn't").
 */
public final class CuePattern {

    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nobody", "nothing", "neither", "nor",
            "without", "none");

    private final String source;
    private final List<Element> elements;
    private final boolean containsNegation;

    /** The first term's exact words and prefixes, to look up where a match may start; null = any token. */
    private final String[] firstWordList;
    private final String[] firstPrefixes;

    private CuePattern(String source, List<Element> elements, boolean containsNegation) {
        this.source = source;
        this.elements = elements;
        this.containsNegation = containsNegation;
        Element first = elements.get(0);
        if (first instanceof Seq seq) {
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (List<Atom> alt : seq.alternatives()) {
                Atom a = alt.get(0);
                if (a.prefix()) {
                    prefixes.add(a.text());
                } else {
                    words.add(a.text());
                }
            }
            firstWordList = words.toArray(new String[0]);
            firstPrefixes = prefixes.toArray(new String[0]);
        } else {
            firstWordList = null;
            firstPrefixes = null;
        }
    }

    private static final int[] NO_TOKENS = new int[0];

    /**
     * Ascending token positions where the first term can match, looked up in the sentence's vocabulary; null when
     * the cue starts with a gap, a tag or {@code _} (any token may start it).
     */
    private int[] starts(Sentence s) {
        if (firstWordList == null) {
            return null;
        }
        Vocabulary v = s.vocabulary();
        int[] single = null;
        boolean[] marked = null;
        for (String w : firstWordList) {
            int[] p = v.positionsOf(w);
            if (p.length > 0) {
                if (single == null) {
                    single = p;
                } else {
                    marked = mark(marked, single, p, s.size());
                }
            }
        }
        for (String prefix : firstPrefixes) {
            for (int k = v.firstAtOrAfter(prefix); k < v.size() && v.wordAt(k).startsWith(prefix); k++) {
                if (single == null) {
                    single = v.positionsAt(k);
                } else {
                    marked = mark(marked, single, v.positionsAt(k), s.size());
                }
            }
        }
        if (marked == null) {
            return single == null ? NO_TOKENS : single;
        }
        int n = 0;
        for (boolean m : marked) {
            n += m ? 1 : 0;
        }
        int[] all = new int[n];
        n = 0;
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                all[n++] = i;
            }
        }
        return all;
    }

    private static boolean[] mark(boolean[] marked, int[] first, int[] more, int size) {
        if (marked == null) {
            marked = new boolean[size];
            for (int i : first) {
                marked[i] = true;
            }
        }
        for (int i : more) {
            marked[i] = true;
        }
        return marked;
    }

    public String source() {
        return source;
    }

    /** True when the cue itself is negative ("nobody asked me"): its own negation does not cancel it. */
    public boolean containsNegation() {
        return containsNegation;
    }

    public static boolean isNegator(String lowerToken) {
        return NEGATORS.contains(lowerToken) || lowerToken.endsWith("n't");
    }

    // ------------------------------------------------------------------ compile

    private sealed interface Element permits Seq, Gap, AnyToken, Pos {
    }

    /** Alternatives of token sequences; each atom is a literal or a prefix. */
    private record Seq(List<List<Atom>> alternatives) implements Element {
    }

    private record Gap(int max) implements Element {
    }

    private record AnyToken() implements Element {
    }

    private record Pos(String tag) implements Element {
    }

    private record Atom(String text, boolean prefix) {
        boolean matches(String token) {
            return prefix ? token.startsWith(text) : token.equals(text);
        }
    }

    /** @param tokenizer the answer tokenizer, lower-casing its output */
    public static CuePattern compile(String cue, Function<String, String[]> tokenizer) {
        String trimmed = cue.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty cue");
        }
        List<Element> out = new ArrayList<>();
        List<String> literalRun = new ArrayList<>();
        boolean neg = false;
        for (String term : terms(trimmed)) {
            if (term.endsWith("?") || term.endsWith("+")) {
                throw new IllegalArgumentException("unsupported operator in cue (use ... for optional words): " + cue);
            }
            boolean literal = !(term.equals("_") || term.equals("...") || (term.startsWith("<") && term.endsWith(">"))
                    || (term.startsWith("(") && term.endsWith(")")) || term.endsWith("*"));
            if (literal) {
                literalRun.add(term);
                continue;
            }
            neg |= flush(literalRun, out, tokenizer);
            if (term.equals("_")) {
                out.add(new AnyToken());
            } else if (term.equals("...")) {
                out.add(new Gap(4));
            } else if (term.startsWith("<")) {
                out.add(new Pos(term.substring(1, term.length() - 1).toUpperCase(Locale.ROOT)));
            } else if (term.startsWith("(")) {
                List<List<Atom>> alts = new ArrayList<>();
                for (String alt : term.substring(1, term.length() - 1).split("\\|")) {
                    if (alt.isBlank()) {
                        throw new IllegalArgumentException("empty alternative in cue: " + cue);
                    }
                    List<Atom> seq = atoms(alt, tokenizer);
                    neg |= seq.stream().anyMatch(a -> isNegator(a.text()));
                    alts.add(seq);
                }
                out.add(new Seq(alts));
            } else {
                out.add(new Seq(List.of(List.of(new Atom(term.substring(0, term.length() - 1)
                        .toLowerCase(Locale.ROOT), true)))));
            }
        }
        neg |= flush(literalRun, out, tokenizer);
        if (out.stream().allMatch(e -> e instanceof Gap)) {
            throw new IllegalArgumentException("cue has no token term: " + cue);
        }
        return new CuePattern(trimmed, List.copyOf(out), neg);
    }

    /** Space-separated terms; a parenthesised group may contain spaces (multi-word alternatives). */
    private static List<String> terms(String cue) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < cue.length(); i++) {
            char c = cue.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("unbalanced ')' in cue: " + cue);
                }
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced '(' in cue: " + cue);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean flush(List<String> run, List<Element> out, Function<String, String[]> tokenizer) {
        if (run.isEmpty()) {
            return false;
        }
        boolean neg = false;
        for (String tok : tokenizer.apply(String.join(" ", run))) {
            out.add(new Seq(List.of(List.of(new Atom(tok, false)))));
            neg |= isNegator(tok);
        }
        run.clear();
        return neg;
    }

    private static List<Atom> atoms(String alt, Function<String, String[]> tokenizer) {
        if (alt.endsWith("*")) {
            return List.of(new Atom(alt.substring(0, alt.length() - 1).toLowerCase(Locale.ROOT), true));
        }
        List<Atom> atoms = new ArrayList<>();
        for (String t : tokenizer.apply(alt.trim())) {
            atoms.add(new Atom(t, false));
        }
        return atoms;
    }

    // ------------------------------------------------------------------ match

    /** All leftmost, non-overlapping matches in the sentence as {@code [startToken, endTokenExclusive]}. */
    public List<int[]> matches(Sentence s) {
        int[] starts = starts(s);
        if (starts != null && starts.length == 0) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>(2);
        int next = 0;
        int count = starts == null ? s.size() : starts.length;
        for (int c = 0; c < count; c++) {
            int i = starts == null ? c : starts[c];
            if (i < next) {
                continue;
            }
            int end = match(s, 0, i);
            if (end > i) {
                found.add(new int[] {i, end});
                next = end;
            }
        }
        return found;
    }

    public boolean matchesAny(Sentence s) {
        int[] starts = starts(s);
        int count = starts == null ? s.size() : starts.length;
        for (int c = 0; c < count; c++) {
            int i = starts == null ? c : starts[c];
            if (match(s, 0, i) > i) {
                return true;
            }
        }
        return false;
    }

    /** @return end token (exclusive) of a match of elements[e..] starting at token t, or -1 */
    private int match(Sentence s, int e, int t) {
        if (e == elements.size()) {
            return t;
        }
        Element el = elements.get(e);
        if (el instanceof Gap g) {
            for (int k = 0; k <= g.max() && t + k <= s.size(); k++) {
                int r = match(s, e + 1, t + k);
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (t >= s.size()) {
            return -1;
        }
        if (el instanceof AnyToken) {
            return match(s, e + 1, t + 1);
        }
        if (el instanceof Pos p) {
            return tagMatches(s.tag(t), p.tag()) ? match(s, e + 1, t + 1) : -1;
        }
        Seq seq = (Seq) el;
        for (List<Atom> alt : seq.alternatives()) {
            int k = 0;
            while (k < alt.size() && t + k < s.size() && alt.get(k).matches(s.low(t + k))) {
                k++;
            }
            if (k == alt.size()) {
                int r = match(s, e + 1, t + k);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    static boolean tagMatches(String tag, String want) {
        if (tag.equals(want)) {
            return true;
        }
        if (tag.indexOf('+') < 0) {
            return false;
        }
        for (String part : tag.split("\\+")) {
            if (part.equals(want)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }
}
