package io.highbar.scoring.engine.read;

import java.util.Set;

import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;
import io.highbar.scoring.engine.text.Analysis.Actor;
import io.highbar.scoring.engine.text.Analysis.Quantity;
import io.highbar.scoring.engine.text.Lexicon;

/**
 * What one sentence says about who did what: the linguistic facts the learned models weigh. Counts, not verdicts.
 *
 * @param ownActions     verbs the candidate performs (I is the subject, not negated, not hypothetical, not a verb
 *                       of thinking or feeling)
 * @param weActions      verbs "we" or the candidate's team performs
 * @param otherActions   verbs someone else performs (a person, another team, "they")
 * @param passives       passive clauses that name no one ("it was fixed"); one that names its agent ("approved by
 *                       the vendor") has an owner
 * @param hypothetical   a verb in the conditional ("I would…", "I should have…") or an "if" clause
 * @param negatedOwn     the candidate's own verb negated ("I didn't push")
 * @param outcomes       numbers that measure an outcome (zero, halves and currency included)
 * @param numbers        numbers of any kind but dates, years, versions and times of day
 * @param implausible    why a number here cannot be true, or null
 * @param assigned       someone with authority over the candidate handed them the work ("my lead asked me to",
 *                       "I was assigned"); a user's or customer's manager is not the candidate's manager
 * @param handedOff      the candidate escalated, reported or handed the matter to someone else
 * @param waited         the candidate (or we) waited
 * @param effort         hours, nights or weekends put in
 * @param reflection     a lesson, hindsight or what the candidate would do differently
 * @param blame          someone else failed or was at fault
 * @param narration      first-person past-tense narration
 * @param words          words in the sentence
 */
public record SentenceFacts(int ownActions, int weActions, int otherActions, int passives, boolean hypothetical,
                            boolean negatedOwn, int outcomes, int numbers, String implausible, boolean assigned,
                            boolean handedOff, boolean waited, boolean effort, boolean reflection, boolean blame,
                            boolean narration, int words) {

    private static final Set<String> NOT_DOING = Set.of("think", "thought", "feel", "felt", "believe", "believed",
            "hope", "hoped", "wish", "wished", "guess", "guessed", "assume", "assumed", "hear", "heard", "know",
            "knew", "remember", "remembered", "expect", "expected", "want", "wanted", "like", "liked", "love",
            "loved", "seem", "seemed", "am", "was", "were", "be", "been", "is", "are", "have", "had", "has", "wait",
            "waited", "need", "needed", "realize", "realized", "realised", "worry", "worried", "enjoy", "enjoyed",
            "mean", "meant", "agree", "agreed");
    private static final Set<String> DIRECTIVES = Set.of("asked", "told", "assigned", "suggested", "wanted", "gave",
            "handed", "tasked", "put", "instructed", "directed", "sent", "made", "needed", "expected", "mentioned",
            "pointed", "volunteered", "nominated", "picked", "chose", "had", "brought");
    /** What follows "asked me" or "told me" when it is an instruction: "to", "if I could", "whether". */
    private static final Set<String> INSTRUCTING = Set.of("to", "if", "whether");
    private static final Set<String> ASSIGNED = Set.of("asked", "told", "assigned", "tasked", "given", "handed",
            "instructed", "directed", "put", "sent", "nominated", "picked", "chosen", "voluntold");
    private static final Set<String> HANDOFF = Set.of("escalated", "reported", "flagged", "forwarded", "filed",
            "handed", "passed", "raised", "notified", "alerted", "emailed", "complained", "mentioned");
    private static final Set<String> EFFORT = Set.of("late", "overtime", "weekend", "weekends", "nights",
            "all-nighter", "all-nighters", "exhausted");
    /** Words that make a count or a duration a before-and-after: "22 minutes instead of two hours", "only 40". */
    private static final Set<String> COMPARING = Set.of("instead", "than", "from", "only", "under", "fewer", "less",
            "down", "longer", "within", "zero", "none", "no");
    private static final Set<String> REFLECTION = Set.of("learned", "learnt", "lesson", "lessons", "hindsight",
            "taught", "differently", "regret", "reflect", "reflecting", "realised", "realized");
    private static final Set<String> FAULT = Set.of("fault", "blame", "blamed", "failed", "forgot", "ignored",
            "refused", "wrong", "mistake", "mistakes", "careless", "incompetent", "didn't", "never", "messed",
            "broke", "lazy");
    /** What a failure is called when it is laid on someone: "the vendor's problem", "their fault". */
    private static final Set<String> OTHERS_FAULT = Set.of("fault", "problem", "responsibility", "mistake", "mess",
            "job", "issue");
    /** What a failure is called when the candidate owns it: "my mistake", "my fault". */
    private static final Set<String> OWN_FAULT = Set.of("fault", "mistake", "responsibility");
    private static final Set<String> NON_OUTCOME = Set.of("YEAR", "DATE", "VERSION", "CLOCK");

    static SentenceFacts of(Analysis a, int k) {
        Sentence s = a.sentence(k);
        int own = 0;
        int we = 0;
        int other = 0;
        int passives = 0;
        boolean hypothetical = false;
        boolean negatedOwn = false;
        boolean handedOff = false;
        boolean waited = false;
        boolean effort = false;
        boolean reflection = false;
        boolean blame = false;
        boolean assigned = false;
        boolean otherActs = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.low(i);
            String tag = s.tag(i);
            if (w.equals("if") || w.equals("would") || Analysis.perfectModal(s, i)) {
                hypothetical |= i + 1 < s.size();
            }
            if (EFFORT.contains(w)) {
                effort = true;
            }
            if (REFLECTION.contains(w) || w.equals("next") && next(s, i, "time") || w.equals("looking")
                    && next(s, i, "back")) {
                reflection = true;
            }
            if (a.passiveAt(k, i) && !a.passiveByMe(k, i)) {
                if (ASSIGNED.contains(w) && (meIsSubject(a, k, i) || toMe(s, i))) {
                    assigned = true;
                } else if (a.actor(k, i, i + 1) == Actor.PASSIVE && !hasAgent(s, i)) {
                    passives++;
                }
                continue;
            }
            if (!tag.startsWith("VERB")) {
                continue;
            }
            Actor actor = a.actor(k, i, i + 1);
            boolean negated = a.negated(k, i, i + 1, false);
            boolean hypo = a.hypothetical(k, i);
            if (actor == Actor.I || actor == Actor.NEUTRAL && a.firstSingular(k)) {
                if (negated) {
                    negatedOwn = true;
                } else if (!hypo && !NOT_DOING.contains(w)) {
                    own++;
                    if (HANDOFF.contains(w)) {
                        handedOff = true;
                    }
                }
                if (w.startsWith("wait")) {
                    waited = true;
                }
            } else if (actor == Actor.WE) {
                if (!negated && !hypo && !NOT_DOING.contains(w)) {
                    we++;
                }
                if (w.startsWith("wait")) {
                    waited = true;
                }
            } else if (actor == Actor.OTHER) {
                other++;
                otherActs = true;
                if (DIRECTIVES.contains(w) && Authority.over(a, k, i) && objectIsMe(s, i)) {
                    assigned = true;
                }
                if (hypo && obliged(s, i)) {
                    // "QA should have caught it": what another was supposed to do is a fault laid on them
                    blame = true;
                }
            }
        }
        Boolean onMe = responsibility(s);
        if (onMe == null) {
            onMe = whoseFault(s);
        }
        if (onMe != null) {
            // "that part was on me" owns a failure; "that was on them", "it wasn't on me" lays it on others
            reflection |= onMe;
            blame |= !onMe;
        }
        if (otherActs) {
            for (int i = 0; i < s.size(); i++) {
                if (FAULT.contains(s.low(i)) && a.actor(k, i, i + 1) == Actor.OTHER) {
                    blame = true;
                }
            }
        }
        int outcomes = 0;
        int numbers = 0;
        String implausible = null;
        for (Quantity q : a.quantities(k)) {
            if (NON_OUTCOME.contains(q.kind())) {
                continue;
            }
            numbers++;
            String problem = Plausibility.problem(s, q);
            // an impossible number the story calls wrong is what the candidate caught: neither a claim nor an outcome
            if (problem != null && Plausibility.disputed(a, k)) {
                continue;
            }
            if (problem != null) {
                implausible = problem;
            } else if (q.impact() || outcomeWord(s, q)) {
                outcomes++;
            }
        }
        int words = 0;
        for (int i = 0; i < s.size(); i++) {
            if (!s.tag(i).equals("PUNCT")) {
                words++;
            }
        }
        // work handed over once the story has played out ("later the CFO asked me to lead the next migration") is
        // recognition, not who started it
        assigned &= 2 * k <= a.sentences().size();
        return new SentenceFacts(own, we, other, passives, hypothetical, negatedOwn, outcomes, numbers, implausible,
                assigned, handedOff, waited, effort, reflection, blame, a.narration(k), words);
    }

    /** "was approved by the vendor": the clause names who acted, so it is not an ownerless passive. */
    private static boolean hasAgent(Sentence s, int participle) {
        for (int i = participle + 1; i < s.size() - 1 && i <= participle + 6; i++) {
            if (s.low(i).equals("by") && !s.tag(i + 1).equals("NUM") && !s.tag(i + 1).equals("VERB")) {
                return true;
            }
            if (s.tag(i).equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    private static boolean next(Sentence s, int i, String word) {
        return i + 1 < s.size() && (s.low(i + 1).equals(word) || word.equals("have") && s.low(i + 1).equals("'ve"));
    }

    /**
     * Whom the idiom "was on …" makes answerable: true for the candidate ("that part was on me"), false for others
     * ("that was on them", "it wasn't really on me"), null when the sentence has no such idiom.
     */
    private static Boolean responsibility(Sentence s) {
        for (int i = 1; i < s.size() - 1; i++) {
            if (!s.low(i).equals("on")) {
                continue;
            }
            String who = s.low(i + 1);
            boolean me = who.equals("me") || who.equals("us");
            boolean them = who.equals("them") || who.equals("him") || who.equals("her");
            if (!me && !them || i + 2 < s.size() && !s.tag(i + 2).equals("PUNCT") && !s.low(i + 2).equals("and")
                    && !s.low(i + 2).equals("too") && !s.low(i + 2).equals("alone")) {
                continue;
            }
            boolean copula = false;
            boolean negated = false;
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                String w = s.low(j);
                if (w.equals("was") || w.equals("is") || w.equals("'s") || w.equals("were") || w.equals("be")
                        || w.equals("wasn't") || w.equals("isn't")) {
                    copula = true;
                }
                if (w.equals("not") || w.equals("n't") || w.equals("wasn't") || w.equals("isn't")
                        || w.equals("never")) {
                    negated = true;
                }
            }
            if (copula) {
                return me != negated;
            }
        }
        return null;
    }

    /**
     * Whose fault the sentence says a failure was: true for the candidate ("it was my mistake"), false for others
     * ("that was really the vendor's problem", "it wasn't my fault"), null when it says neither. Only after a form of
     * "be", so "the customer's problem was that…" describes a situation and blames nobody.
     */
    private static Boolean whoseFault(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            String noun = s.low(i);
            if (!OTHERS_FAULT.contains(noun)) {
                continue;
            }
            String owner = s.low(i - 1);
            boolean mine = owner.equals("my") || owner.equals("our");
            boolean theirs = owner.equals("their") || owner.equals("his") || owner.equals("her")
                    || owner.endsWith("'s") && !Lexicon.NEUTRAL_SUBJECTS.contains(owner) && !owner.equals("he's")
                    && !owner.equals("she's") && !owner.equals("what's") && !owner.equals("there's");
            if (!mine && !theirs || mine && !OWN_FAULT.contains(noun)) {
                continue;
            }
            boolean copula = false;
            boolean negated = false;
            for (int j = i - 2; j >= Math.max(0, i - 5); j--) {
                String w = s.low(j);
                if (w.equals("was") || w.equals("is") || w.equals("were") || w.equals("wasn't")
                        || w.equals("isn't") || w.equals("weren't")) {
                    copula = true;
                }
                if (w.equals("not") || w.equals("wasn't") || w.equals("isn't") || w.equals("weren't")
                        || w.equals("never") || w.equals("none")) {
                    negated = true;
                }
            }
            if (!copula || theirs && negated) {
                continue;
            }
            return mine != negated;
        }
        return null;
    }

    /** "should have" before another's verb (the caller has found the verb hypothetical). */
    private static boolean obliged(Sentence s, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 4); i--) {
            if (s.low(i).equals("should") || s.low(i).equals("shouldn't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The instruction is to the candidate: "gave me the project", "asked me to", "asked whether I could"; not a
     * question or news told to them ("asked me what happened", "told me the lot passed").
     */
    private static boolean objectIsMe(Sentence s, int verb) {
        boolean asking = s.low(verb).equals("asked") || s.low(verb).equals("told");
        for (int i = verb + 1; i < Math.min(s.size(), verb + 4); i++) {
            String w = s.low(i);
            if (w.equals("i")) {
                return true;
            }
            if (w.equals("me")) {
                return !asking || i + 1 < s.size() && INSTRUCTING.contains(s.low(i + 1));
            }
        }
        return s.low(verb).equals("assigned") || s.low(verb).equals("gave") || s.low(verb).equals("handed");
    }

    private static boolean meIsSubject(Analysis a, int k, int i) {
        Sentence s = a.sentence(k);
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String w = s.low(j);
            if (w.equals("i") || w.equals("i'd")) {
                return true;
            }
            if (a.subjectAt(k, j) != null) {
                return false;
            }
        }
        return false;
    }

    /** "the project was handed to me", "it was assigned to me by my lead". */
    private static boolean toMe(Sentence s, int participle) {
        return participle + 2 < s.size() && s.low(participle + 1).equals("to") && s.low(participle + 2).equals("me");
    }

    /**
     * A number that is an outcome by what it counts: "zero incidents", "half the tickets", "$40 a week", or a count
     * or duration compared with something ("back up in 22 minutes instead of two hours", "only 40 orders failed").
     */
    private static boolean outcomeWord(Sentence s, Quantity q) {
        String first = s.low(q.from());
        if (q.kind().equals("MONEY") || first.equals("zero") || first.equals("half")
                || first.equals("0") && q.to() < s.size() && !s.tag(q.to()).equals("PUNCT")) {
            return true;
        }
        if (!q.kind().equals("COUNT") && !q.kind().equals("DURATION") && !q.kind().equals("NUMBER")) {
            return false;
        }
        for (int i = Math.max(0, q.from() - 3); i < Math.min(s.size(), q.to() + 4); i++) {
            if (COMPARING.contains(s.low(i))) {
                return true;
            }
        }
        return false;
    }
}
