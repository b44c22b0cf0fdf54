package io.highbar.scoring.engine.read;

import java.util.HashSet;
import java.util.Set;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;

/**
 * Whether whoever gives the candidate an instruction has authority over them: "my lead", "our operations manager",
 * "the charge nurse", a name given to one of them ("my supervisor, Linda, …" and later "Linda asked me"), or "she"
 * or "he" standing for one of them. A customer's, a client's or another team's manager is not the candidate's.
 */
final class Authority {

    private static final Set<String> TITLES = Set.of("manager", "lead", "leader", "boss", "supervisor", "director", "head",
            "vp", "cto", "ceo", "coo", "cfo", "gm", "principal", "chef", "editor", "superintendent", "dean", "chair",
            "partner", "owner", "founder", "sergeant", "captain", "foreman", "forewoman", "skip", "tl", "em", "pm",
            "controller", "pi", "superior", "chief", "matron", "charge", "headteacher", "headmaster",
            "headmistress", "commander");
    /** Words in a title's noun phrase that make it someone else's: "their manager", "the client's director". */
    private static final Set<String> ANOTHERS = Set.of("their", "his", "her", "its", "a", "an", "another", "other",
            "client", "clients", "customer", "customers", "vendor", "vendor's", "supplier", "supplier's", "store",
            "user", "users", "patient", "patient's", "guest", "guest's", "tenant", "tenant's", "your");
    /** Where the clause that holds the instruction begins: its subject is after these. */
    private static final Set<String> CLAUSE_STARTS = Set.of(";", ":", "because", "so", "but", "when", "while",
            "although", "though", "after", "before", "since", "until", "whereas", "however", "if", "who", "that",
            "which");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "they", "it", "you", "i'd", "we'd",
            "they'd", "i'm", "we're", "they're", "this", "that");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.");
    private static final int REACH = 20;

    private Authority() {
    }

    /** Whether the subject of the directive verb at {@code verb} in sentence k has authority over the candidate. */
    static boolean over(Analysis a, int k, int verb) {
        Sentence s = a.sentence(k);
        for (int i = verb - 1; i >= Math.max(0, verb - REACH); i--) {
            String w = s.low(i);
            if (CLAUSE_STARTS.contains(w)) {
                return false;
            }
            if (isTitle(s, i)) {
                return mine(s, i);
            }
            if (w.equals("he") || w.equals("she")) {
                return antecedentIsMine(a, k, i);
            }
            if (SUBJECT_PRONOUNS.contains(w)) {
                return false;
            }
            if (personName(s, i)) {
                return namesOfMine(a, k).contains(w);
            }
            if (a.subjectAt(k, i) != null) {
                return titledHere(s, i);
            }
        }
        return false;
    }

    /** A role named with a title before it, as the candidate's: "our head nurse", "the charge nurse". */
    private static boolean titledHere(Sentence s, int noun) {
        for (int j = noun - 1; j >= Math.max(0, noun - 2) && s.tag(j).startsWith("NOUN"); j--) {
            if (TITLES.contains(s.low(j))) {
                return mine(s, j);
            }
        }
        return false;
    }

    /** A title used as a noun: "my lead", not "to lead" or "lead time". */
    private static boolean isTitle(Sentence s, int i) {
        return TITLES.contains(s.low(i)) && (s.tag(i).startsWith("NOUN") || s.tag(i).startsWith("PROPN")
                || i + 1 < s.size() && TITLES.contains(s.low(i + 1)));
    }

    /** Whether the title at {@code noun} is the candidate's: "my", "our" or "the" with nobody else's word before it. */
    private static boolean mine(Sentence s, int noun) {
        for (int j = noun - 1; j >= Math.max(0, noun - 4); j--) {
            String w = s.low(j);
            if (w.equals("my") || w.equals("our")) {
                return true;
            }
            if (ANOTHERS.contains(w) || w.endsWith("'s") && !w.equals("it's")) {
                return false;
            }
            if (w.equals("the")) {
                return !ofAnother(s, noun);
            }
            if (!s.tag(j).startsWith("NOUN") && !s.tag(j).startsWith("ADJ") && !s.tag(j).startsWith("PROPN")) {
                return false;
            }
        }
        return false;
    }

    /** "the manager of the client's warehouse", "the head of their IT team". */
    private static boolean ofAnother(Sentence s, int noun) {
        if (noun + 1 >= s.size() || !s.low(noun + 1).equals("of")) {
            return false;
        }
        for (int j = noun + 2; j < Math.min(s.size(), noun + 6); j++) {
            String w = s.low(j);
            if (ANOTHERS.contains(w) || w.endsWith("'s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "she" or "he" at {@code pronoun} stands for one of the candidate's authorities: the last person
     * mentioned before it, in this sentence or the two before, is one.
     */
    private static boolean antecedentIsMine(Analysis a, int k, int pronoun) {
        Set<String> names = null;
        for (int sentence = k; sentence >= Math.max(0, k - 2); sentence--) {
            Sentence s = a.sentence(sentence);
            for (int i = (sentence == k ? pronoun : s.size()) - 1; i >= 0; i--) {
                if (isTitle(s, i)) {
                    return mine(s, i);
                }
                if (personName(s, i)) {
                    if (names == null) {
                        names = namesOfMine(a, k);
                    }
                    return names.contains(s.low(i));
                }
            }
        }
        return false;
    }

    /**
     * A person's name: a capitalised word inside the sentence, or one the tagger calls a name, not a day or a month
     * and not after a preposition ("in Leeds", "from Acme").
     */
    private static boolean personName(Sentence s, int i) {
        String w = s.words()[i];
        String low = s.low(i);
        boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        if (!(s.tag(i).equals("PROPN") && capitalised || i > 0 && capitalised) || low.equals("i")
                || low.startsWith("i'") || CALENDAR.contains(low) || HONORIFICS.contains(low)
                || TITLES.contains(low)) {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && (s.tag(before).equals("PROPN") || HONORIFICS.contains(s.low(before)))) {
            before--;
        }
        return before < 0 || !s.tag(before).equals("ADP") && !s.tag(before).equals("DET");
    }

    /** Names the answer gives the candidate's authorities up to sentence k: "my manager, Greg,", "Linda, my lead". */
    private static Set<String> namesOfMine(Analysis a, int k) {
        Set<String> names = new HashSet<>();
        for (int sentence = 0; sentence <= k; sentence++) {
            Sentence s = a.sentence(sentence);
            for (int i = 0; i < s.size(); i++) {
                if (!isTitle(s, i) || !mine(s, i)) {
                    continue;
                }
                int j = i + 1;
                if (j < s.size() && s.low(j).equals(",")) {
                    j++;
                }
                while (j < s.size() && HONORIFICS.contains(s.low(j))) {
                    j++;
                }
                for (int n = 0; n < 2 && j < s.size() && personName(s, j); n++, j++) {
                    names.add(s.low(j));
                }
                int start = i - 1;
                while (start >= 0 && !s.low(start).equals("my") && !s.low(start).equals("our")) {
                    start--;
                }
                if (start >= 2 && s.low(start - 1).equals(",") && personName(s, start - 2)) {
                    names.add(s.low(start - 2));
                }
            }
        }
        return names;
    }
}
