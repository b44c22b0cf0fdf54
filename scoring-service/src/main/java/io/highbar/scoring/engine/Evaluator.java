package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.card.Rubric;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.contracts.evaluation.Evaluation.DimensionScore;
import io.highbar.contracts.evaluation.Evaluation.Evidence;
import io.highbar.contracts.evaluation.Evaluation.Flag;
import io.highbar.scoring.engine.cue.CuePattern;
import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;
import io.highbar.scoring.engine.text.Analysis.Actor;
import io.highbar.scoring.engine.text.Analysis.Quantity;
import io.highbar.scoring.engine.text.Lexicon;

/** One evaluation: all state is local, so the engine stays thread-safe. */
final class Evaluator {

    static final int MIN_WORDS = 60;
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final List<String> LEVEL_ORDER = List.of("SDE1", "SDE2", "SENIOR", "STAFF");
    private static final List<String> SCOPE_ORDER = List.of("ANY", "OWN_TEAM", "CROSS_TEAM", "ORG");
    private static final Set<String> PASSIVE_ACTION_PARTICIPLES = Set.of("identified", "resolved", "fixed",
            "implemented", "decided", "discovered", "detected", "added", "improved", "reduced", "done", "made",
            "handled", "addressed", "raised", "pushed", "escalated", "noticed", "rolled", "shipped", "released",
            "deployed", "written", "built", "found", "caught", "solved", "tested", "updated", "created", "changed",
            "completed", "delivered", "introduced", "removed", "refactored", "rewritten", "investigated", "analyzed",
            "automated", "patched", "reverted", "migrated", "documented", "designed", "proposed", "agreed",
            "delayed", "prioritized", "communicated", "measured", "monitored", "reviewed", "approved", "merged");

    record Hit(int sentence, int from, int to, String key) {
    }

    private final CompetencyCard card;
    private final CompiledRubric rubric;
    private final ScoringRequest request;
    private final String answer;
    private final Analysis a;
    private final Map<Detector, List<CuePattern>> builtins;
    private final List<CuePattern> resultCues;
    private final List<CuePattern> taskCues;
    private final Map<Detector, List<Hit>> detectorHits = new EnumMap<>(Detector.class);
    private final String lensKey;
    private final CompetencyCard.CompanyLens lens;
    private int rawCueHits;

    Evaluator(CompetencyCard card, CompiledRubric rubric, ScoringRequest request, String answer, Analysis a,
              Map<Detector, List<CuePattern>> builtins, List<CuePattern> resultCues, List<CuePattern> taskCues) {
        this.card = card;
        this.rubric = rubric;
        this.request = request;
        this.answer = answer;
        this.a = a;
        this.builtins = builtins;
        this.resultCues = resultCues;
        this.taskCues = taskCues;
        String company = request.company() == null ? "" : request.company().trim().toLowerCase(Locale.ROOT);
        this.lensKey = rubric.lensNames.containsKey(company) ? company : null;
        CompetencyCard.CompanyLens found = null;
        if (lensKey != null && card.companyLenses() != null) {
            for (CompetencyCard.CompanyLens l : card.companyLenses()) {
                if (l.company().toLowerCase(Locale.ROOT).equals(lensKey)) {
                    found = l;
                    break;
                }
            }
        }
        this.lens = found;
    }

    // =================================================================== evaluate

    Evaluation evaluate() {
        int words = a.words();
        String target = normalizeLevel(request.targetLevel());
        String company = lensKey == null ? null : rubric.lensNames.get(lensKey);

        // flags first: some cap dimensions
        List<Flag> flags = new ArrayList<>();
        Set<Detector> fired = new HashSet<>();
        double penalty = 0;
        for (CompiledRubric.FlagSpec spec : rubric.flags) {
            List<Integer> ev = flagEvidence(spec);
            if (!ev.isEmpty()) {
                flags.add(new Flag(spec.key(), spec.title(), spec.kind(), evidence(ev), spec.fix()));
                fired.add(spec.detector());
                penalty += spec.penalty();
            }
        }

        // honesty checks
        String capReason = null;
        double cap = 4.0;
        boolean stuffed = false;
        if (words == 0) {
            capReason = "the answer is empty";
            cap = 1.0;
        } else if (words < MIN_WORDS) {
            capReason = "the answer is under " + MIN_WORDS + " words, too short to tell a STAR story";
            cap = 1.4;
        } else if (!hasStory()) {
            capReason = "it tells no story: nothing is narrated in the first person past tense";
            cap = 1.3;
        } else if (!onTopic()) {
            capReason = "it does not address " + card.name();
            cap = 1.3;
        }

        // dimensions
        List<DimensionScore> dims = new ArrayList<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        double num = 0;
        double den = 0;
        for (CompiledRubric.SignalSpec spec : rubric.signals) {
            SignalResult r = scoreSignal(spec, fired);
            scores.put(spec.signal().key(), r.score);
            dims.add(new DimensionScore(spec.signal().key(), spec.signal().title(), r.score, evidence(r.sentences),
                    feedback(spec, r)));
        }
        if (capReason == null && stuffed()) {
            capReason = "the cues are packed in without a coherent story";
            cap = 1.4;
            stuffed = true;
        }
        if (stuffed || cap < 4.0) {
            // evidence stays visible, but a capped answer does not earn full marks on any dimension
            List<DimensionScore> capped = new ArrayList<>();
            for (DimensionScore d : dims) {
                int s = Math.min(d.score(), cap <= 1.0 ? 0 : 1);
                scores.put(d.key(), s);
                capped.add(s == d.score() ? d : new DimensionScore(d.key(), d.title(), s, d.evidence(), d.feedback()));
            }
            dims = capped;
        }
        for (CompiledRubric.SignalSpec spec : rubric.signals) {
            double w = spec.weight() * lensWeight(spec.signal().key());
            num += w * scores.get(spec.signal().key()) / 2.0;
            den += w;
        }
        double quality = den == 0 ? 0 : num / den;
        quality *= 1 - Math.min(0.6, penalty);
        if (fired.contains(Detector.ASSIGNMENT) && scores.getOrDefault(keyOf(Detector.INITIATIVE), 1) == 0) {
            cap = Math.min(cap, 2.4); // the top disqualifier: no excellent execution recovers an assigned story
        }
        double overall = round1(Math.min(cap, 1 + 3 * quality));
        int score = (int) Math.round(Math.min(quality, (cap - 1) / 3) * 100);
        String verdict = verdict(overall);

        // level
        String scope = scope();
        String level = "NONE";
        if (capReason == null) {
            for (String lvl : LEVEL_ORDER) {
                Rubric.LevelRule rule = rubric.levels.get(lvl);
                if (rule == null || !clears(rule, scores, scope)) {
                    break;
                }
                level = lvl;
            }
        }

        Evaluation.Star star = new StarSegmenter(a, rubric.pacing, resultCues, taskCues).segment();
        Evaluation.FollowUp followUp = followUp(scores);
        String summary = summary(verdict, dims, flags, capReason, level, target, scores, scope);
        return new Evaluation(card.id(), overall, verdict, score, level, dims, flags, star, followUp, summary,
                company, target, rubric.version, ScoringEngine.VERSION);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String verdict(double overall) {
        return Evaluation.Verdict.of(overall).name();
    }

    private double lensWeight(String key) {
        if (lensKey == null) {
            return 1.0;
        }
        Map<String, Double> w = rubric.lensWeights.get(lensKey);
        Double v = w == null ? null : w.get(key);
        return v == null || v <= 0 ? 1.0 : v;
    }

    private String keyOf(Detector d) {
        for (CompiledRubric.SignalSpec s : rubric.signals) {
            if (s.detector() == d) {
                return s.signal().key();
            }
        }
        return "";
    }

    private String normalizeLevel(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String n = raw.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
        if (n.startsWith("SENIOR") || n.equals("SDE3")) {
            return "SENIOR";
        }
        if (n.startsWith("STAFF") || n.startsWith("PRINCIPAL")) {
            return "STAFF";
        }
        if (n.equals("SDE1") || n.equals("SDEI") || n.equals("L4")) {
            return "SDE1";
        }
        if (n.equals("SDE2") || n.equals("SDEII") || n.equals("L5")) {
            return "SDE2";
        }
        return null;
    }

    private String levelTitle(String level) {
        if (card.levels() != null) {
            for (CompetencyCard.LevelBar b : card.levels()) {
                if (b.level().equals(level)) {
                    return b.title();
                }
            }
        }
        return level;
    }

    // =================================================================== cue matching

    private boolean actorOk(Detector d, int k, int from, int to) {
        if (!d.needsPersonalActor()) {
            return d == Detector.CUES || a.actor(k, from, to) != Actor.OTHER;
        }
        Actor actor = a.actor(k, from, to);
        return actor == Actor.I
                || actor == Actor.NEUTRAL && (a.firstSingular(k) || k > 0 && a.firstSingular(k - 1));
    }

    /** Matches of cues that count for detector d: not negated, not hypothetical, the right actor. */
    private List<Hit> cueHits(List<CuePattern> cues, Detector d) {
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            int k = s.index();
            for (CuePattern cue : cues) {
                for (int[] m : cue.matches(s)) {
                    if (a.negated(k, m[0], m[1], cue.containsNegation())) {
                        continue;
                    }
                    if (d != Detector.LEARNING && a.hypothetical(k, m[0])) {
                        continue;
                    }
                    if (!actorOk(d, k, m[0], m[1])) {
                        continue;
                    }
                    hits.add(new Hit(k, m[0], m[1], "c:" + cue.source()));
                }
            }
        }
        return hits;
    }

    /** Matches of flag cues: negation respected, anyone may be the actor (the cue names who acts). */
    private List<Hit> flagCueHits(List<CuePattern> cues) {
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (CuePattern cue : cues) {
                for (int[] m : cue.matches(s)) {
                    if (!a.negated(s.index(), m[0], m[1], cue.containsNegation())) {
                        hits.add(new Hit(s.index(), m[0], m[1], "c:" + cue.source()));
                    }
                }
            }
        }
        return hits;
    }

    private boolean anyMatch(List<CuePattern> cues, int k) {
        Sentence s = a.sentence(k);
        for (CuePattern c : cues) {
            if (c.matchesAny(s)) {
                return true;
            }
        }
        return false;
    }

    private List<Hit> detector(Detector d) {
        List<Hit> cached = detectorHits.get(d);
        if (cached != null) {
            return cached;
        }
        List<Hit> hits = new ArrayList<>();
        if (d == Detector.PERSONAL_ACTION) {
            hits.addAll(fixVerbHits());
        } else if (d == Detector.QUANTIFIED_IMPACT) {
            hits.addAll(impactHits());
        } else if (d.isSignal() && builtins.containsKey(d)) {
            hits.addAll(cueHits(builtins.get(d), d));
        }
        detectorHits.put(d, hits);
        return hits;
    }

    /** "I wrote / added / rewrote ...": hands-on work verbs whose actor is the candidate. */
    private List<Hit> fixVerbHits() {
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            int k = s.index();
            for (int i = 0; i < s.size(); i++) {
                String w = s.low(i);
                boolean work = Lexicon.WORK_VERBS.contains(w)
                        || w.length() > 5 && w.endsWith("ed") && !Lexicon.NON_ACTION_VERBS.contains(w);
                if (!work || Lexicon.NON_FIX_VERBS.contains(w) || !s.tag(i).startsWith("VERB")) {
                    continue;
                }
                if (i > 0 && (s.tag(i - 1).startsWith("VERB") || s.tag(i - 1).equals("DET")
                        || s.tag(i - 1).equals("ADJ")) && i + 1 < s.size() && s.tag(i + 1).equals("NOUN")) {
                    continue; // participle used as an adjective: "added automated tests"
                }
                if (a.actor(k, i, i + 1) != Actor.I || a.negated(k, i, i + 1, false) || a.hypothetical(k, i)) {
                    continue;
                }
                hits.add(new Hit(k, i, i + 1, "v:" + w));
            }
        }
        return hits;
    }

    private List<Hit> impactHits() {
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            int k = s.index();
            for (Quantity q : a.quantities(k)) {
                if (!q.impact()) {
                    continue;
                }
                if (a.actor(k, q.from(), q.to()) == Actor.OTHER || a.negated(k, q.from(), q.to(), false)) {
                    continue;
                }
                if (a.hypothetical(k, q.from()) && !counterfactual(s)) {
                    continue;
                }
                StringBuilder key = new StringBuilder("q:");
                for (int i = q.from(); i < q.to(); i++) {
                    key.append(s.low(i));
                }
                hits.add(new Hit(k, q.from(), q.to(), key.toString()));
            }
        }
        return hits;
    }

    private static boolean counterfactual(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.low(i);
            if (w.equals("without") || w.equals("otherwise") || w.equals("prevented") || w.equals("avoided")
                    || w.equals("saved")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasImpact(int k) {
        for (Quantity q : a.quantities(k)) {
            if (q.impact()) {
                return true;
            }
        }
        return false;
    }

    // =================================================================== signals

    private record SignalResult(int score, List<Integer> sentences, boolean commonMiss) {
    }

    private SignalResult scoreSignal(CompiledRubric.SignalSpec spec, Set<Detector> fired) {
        Detector d = spec.detector();
        List<Hit> hits = new ArrayList<>();
        if (d != Detector.CUES) {
            hits.addAll(detector(d));
        }
        for (Hit h : cueHits(spec.cues(), d)) {
            if (d != Detector.QUANTIFIED_IMPACT || hasImpact(h.sentence())) {
                hits.add(h);
            }
        }
        boolean miss = false;
        BitSet suppressed = new BitSet();
        for (Sentence s : a.sentences()) {
            if (!spec.negativeCues().isEmpty() && anyMatch(spec.negativeCues(), s.index())) {
                suppressed.set(s.index());
                miss = true;
            }
        }
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (!suppressed.get(h.sentence())) {
                kept.add(h);
            }
        }

        kept.sort((x, y) -> x.sentence() != y.sentence() ? Integer.compare(x.sentence(), y.sentence())
                : Integer.compare(x.from(), y.from()));
        Set<String> keys = new LinkedHashSet<>();
        Set<Integer> sentences = new LinkedHashSet<>();
        boolean specific = false;
        List<Hit> counted = new ArrayList<>();
        for (Hit h : kept) {
            boolean overlaps = false;
            for (Hit c : counted) {
                overlaps |= c.sentence() == h.sentence() && c.from() < h.to() && h.from() < c.to();
            }
            if (overlaps) {
                continue; // the same words found by two cues are one piece of evidence
            }
            counted.add(h);
            keys.add(h.key());
            rawCueHits++;
            sentences.add(h.sentence());
            if (!a.quantities(h.sentence()).isEmpty()) {
                specific = true;
            }
        }
        int score;
        if (keys.isEmpty()) {
            score = 0;
        } else if (d == Detector.QUANTIFIED_IMPACT) {
            long distinct = kept.stream().map(Hit::key).filter(x -> x.startsWith("q:")).distinct().count();
            score = distinct >= 2 ? 2 : 1;
        } else if (d == Detector.PERSONAL_ACTION) {
            score = keys.size() >= 3 ? 2 : 1;
        } else {
            score = keys.size() >= 2 && (sentences.size() >= 2 || specific) ? 2 : 1;
        }
        if (d == Detector.INITIATIVE && fired.contains(Detector.ASSIGNMENT)) {
            int firstAssign = firstFlagSentence(Detector.ASSIGNMENT);
            boolean before = !sentences.isEmpty() && sentences.iterator().next() < firstAssign;
            score = before ? Math.min(score, 1) : 0;
        }
        if (d == Detector.PERSONAL_ACTION && fired.contains(Detector.ESCALATION_ONLY)) {
            score = Math.min(score, 1);
        }
        List<Integer> ev = new ArrayList<>(sentences);
        if (score == 0) {
            ev.clear();
        }
        return new SignalResult(score, ev.size() > 3 ? ev.subList(0, 3) : ev, miss);
    }

    private final Map<Detector, Integer> firstFlag = new EnumMap<>(Detector.class);

    private int firstFlagSentence(Detector d) {
        return firstFlag.getOrDefault(d, Integer.MAX_VALUE);
    }

    private String feedback(CompiledRubric.SignalSpec spec, SignalResult r) {
        CompetencyCard.Signal s = spec.signal();
        StringBuilder b = new StringBuilder();
        if (r.score == 0) {
            b.append("Not shown: ").append(s.description());
            if (r.commonMiss && s.commonMiss() != null) {
                b.append(" This reads like the common miss: \"").append(s.commonMiss()).append("\".");
            } else if (s.commonMiss() != null) {
                b.append(" Common miss: \"").append(s.commonMiss()).append("\".");
            }
        } else if (r.score == 1) {
            b.append("Present but thin: ").append(s.whyItMatters())
                    .append(" Back it with a second concrete, specific example.");
        } else {
            b.append("Clearly shown: ").append(s.whyItMatters());
        }
        if (lens != null && lensWeight(s.key()) > 1.0 && r.score < 2) {
            b.append(' ').append(lens.company()).append(" lens: ").append(lens.signal());
        }
        return b.toString();
    }

    // =================================================================== flags

    private List<Integer> flagEvidence(CompiledRubric.FlagSpec spec) {
        Detector d = spec.detector();
        Set<Integer> ev = new LinkedHashSet<>();
        List<Hit> cardHits = flagCueHits(spec.cues());
        switch (d) {
            case ASSIGNMENT, NO_SELF_AWARENESS -> {
                for (Hit h : flagCueHits(builtins.get(d))) {
                    ev.add(h.sentence());
                }
                cardHits.forEach(h -> ev.add(h.sentence()));
            }
            case COLLECTIVE_ONLY -> {
                ev.addAll(collectiveOnly());
                flagCueHits(builtins.get(d)).forEach(h -> ev.add(h.sentence()));
                cardHits.forEach(h -> ev.add(h.sentence()));
            }
            case PASSIVE_VOICE -> {
                // "throughout": several passive narrations, or passives outweighing the candidate's own actions
                List<Integer> passive = passiveSentences();
                long mine = detector(Detector.PERSONAL_ACTION).stream().map(Hit::key).distinct().count();
                if (passive.size() >= 2 || !passive.isEmpty() && passive.size() >= mine) {
                    ev.addAll(passive);
                }
                // a card's passive phrase counts only where the sentence has no owner: in "I pushed back until
                // it was fixed" the candidate acts
                cardHits.stream().filter(h -> !candidateActsIn(h.sentence())).forEach(h -> ev.add(h.sentence()));
            }
            case VAGUE_LANGUAGE -> {
                List<Hit> all = new ArrayList<>(flagCueHits(builtins.get(d)));
                all.addAll(cardHits);
                for (Hit h : all) {
                    if (a.quantities(h.sentence()).isEmpty()) {
                        ev.add(h.sentence());
                    }
                }
            }
            case NO_METRICS -> {
                if (detector(Detector.QUANTIFIED_IMPACT).isEmpty() && !a.sentences().isEmpty()) {
                    ev.addAll(unmeasuredOutcomes());
                }
                cardHits.forEach(h -> ev.add(h.sentence()));
            }
            case ESCALATION_ONLY -> {
                boolean fixed = !detector(Detector.PERSONAL_ACTION).isEmpty();
                List<Hit> all = new ArrayList<>(flagCueHits(builtins.get(d)));
                all.addAll(cardHits);
                for (Hit h : all) {
                    if (!actorOk(Detector.PUSHBACK, h.sentence(), h.from(), h.to())
                            && a.actor(h.sentence(), h.from(), h.to()) != Actor.WE) {
                        continue;
                    }
                    if (!fixed || mentionsWaiting(h.sentence())) {
                        ev.add(h.sentence());
                    }
                }
            }
            case OWN_SCOPE_ONLY -> {
                if (detector(Detector.SCOPE).isEmpty()) {
                    flagCueHits(builtins.get(d)).forEach(h -> ev.add(h.sentence()));
                    cardHits.forEach(h -> ev.add(h.sentence()));
                }
            }
            case EFFORT_ONLY -> {
                boolean impact = !detector(Detector.QUANTIFIED_IMPACT).isEmpty();
                long fixes = detector(Detector.PERSONAL_ACTION).stream().map(Hit::key).distinct().count();
                if (!impact || fixes < 2) {
                    flagCueHits(builtins.get(d)).forEach(h -> ev.add(h.sentence()));
                    cardHits.forEach(h -> ev.add(h.sentence()));
                }
            }
            default -> cardHits.forEach(h -> ev.add(h.sentence()));
        }
        List<Integer> out = new ArrayList<>();
        for (int k : ev) {
            if (spec.negativeCues().isEmpty() || !anyMatch(spec.negativeCues(), k)) {
                out.add(k);
            }
        }
        out.sort(Integer::compare);
        if (!out.isEmpty()) {
            firstFlag.merge(d, out.get(0), Math::min);
        }
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    private boolean mentionsWaiting(int k) {
        Sentence s = a.sentence(k);
        for (int i = 0; i < s.size(); i++) {
            if (s.low(i).startsWith("wait") || s.low(i).equals("handed") || s.low(i).equals("left")) {
                return true;
            }
        }
        return false;
    }

    /** Sentences where "we" acts, when the candidate's own actions are (nearly) absent. */
    private List<Integer> collectiveOnly() {
        List<Integer> we = new ArrayList<>();
        Set<Integer> mine = new HashSet<>();
        for (Sentence s : a.sentences()) {
            int k = s.index();
            for (int i = 0; i < s.size(); i++) {
                if (!s.tag(i).startsWith("VERB")) {
                    continue;
                }
                Actor actor = a.actor(k, i, i + 1);
                if (actor == Actor.WE && !a.negated(k, i, i + 1, false)) {
                    if (we.isEmpty() || we.get(we.size() - 1) != k) {
                        we.add(k);
                    }
                } else if (actor == Actor.I) {
                    mine.add(k);
                }
            }
        }
        if (we.isEmpty()) {
            return List.of();
        }
        if (mine.isEmpty() || we.size() >= 3 && we.size() > 2 * mine.size()) {
            return we;
        }
        return List.of();
    }

    private List<Integer> passiveSentences() {
        List<Integer> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            int k = s.index();
            for (int i = 0; i < s.size(); i++) {
                if (a.passiveAt(k, i) && !a.passiveByMe(k, i) && PASSIVE_ACTION_PARTICIPLES.contains(s.low(i))
                        && a.actor(k, i, i + 1) == Actor.PASSIVE && !subjectIsMe(k, i)) {
                    out.add(k);
                    break;
                }
            }
        }
        return out;
    }

    /** Verbs that say what the candidate thought, felt or saw, not what they did. */
    private static final Set<String> NOT_DOING = Set.of("think", "thought", "feel", "felt", "believe", "believed",
            "hope", "hoped", "wish", "wished", "guess", "guessed", "assume", "assumed", "hear", "heard", "see", "saw",
            "know", "knew", "remember", "remembered", "expect", "expected", "want", "wanted", "like", "liked",
            "wait", "waited", "seem", "seemed", "am", "was", "were", "be", "been", "have", "had", "noticed",
            "learned", "realized", "realised");

    /** Whether the candidate does something in sentence {@code k} ("I pulled the logs"), not just thinks it. */
    private boolean candidateActsIn(int k) {
        Sentence s = a.sentence(k);
        for (int i = 0; i < s.size(); i++) {
            if (s.tag(i).startsWith("VERB") && !NOT_DOING.contains(s.low(i)) && a.actor(k, i, i + 1) == Actor.I
                    && !a.negated(k, i, i + 1, false) && !a.hypothetical(k, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean subjectIsMe(int k, int participle) {
        Sentence s = a.sentence(k);
        for (int i = participle - 1; i >= 0 && i >= participle - 4; i--) {
            if (a.subjectAt(k, i) != null) {
                return a.subjectAt(k, i) == Actor.I;
            }
            if (Lexicon.CLAUSE_BREAKS.contains(s.low(i))) {
                return false;
            }
        }
        return false;
    }

    private List<Integer> unmeasuredOutcomes() {
        List<Integer> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.low(i);
                if (w.equals("improved") || w.equals("better") || w.equals("stable") || w.equals("reduced")
                        || w.equals("faster") || w.equals("fewer") || w.equals("result") || w.equals("impact")
                        || w.equals("numbers") || w.equals("metrics") || w.equals("improvement")
                        || w.equals("successful") || w.equals("worked")) {
                    out.add(s.index());
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            out.add(a.sentences().size() - 1);
        }
        return out;
    }

    // =================================================================== honesty

    private boolean hasStory() {
        for (int k = 0; k < a.sentences().size(); k++) {
            if (a.narration(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean onTopic() {
        if (rubric.topicCues.isEmpty()) {
            return true;
        }
        for (Sentence s : a.sentences()) {
            if (anyMatch(rubric.topicCues, s.index())) {
                return true;
            }
        }
        return false;
    }

    /** Keyword stuffing: cues without a coherent narrative. */
    private boolean stuffed() {
        int sentences = a.sentences().size();
        int tokens = a.tokens();
        // evidence pieces packed densely: a real story needs words between its claims
        if (sentences <= 2 && rawCueHits >= 5) {
            return true;
        }
        if (rawCueHits >= 6 && a.words() < 5.0 * rawCueHits) {
            return true;
        }
        if (tokens >= 30 && a.verbs() < 0.06 * tokens) {
            return true;
        }
        // repeated phrases: share of word trigrams seen before
        List<String> ws = new ArrayList<>();
        int commas = 0;
        for (Sentence s : a.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.low(i).equals(",")) {
                    commas++;
                }
                if (!s.tag(i).equals("PUNCT")) {
                    ws.add(s.low(i));
                }
            }
        }
        if (ws.size() >= 20 && repeatedTrigrams(ws) > 0.25 * (ws.size() - 2)) {
            return true;
        }
        if (tokens >= 30 && commas > 0.2 * tokens) {
            return true;
        }
        // list-like text: many short lines
        String[] lines = LINE_BREAK.split(answer);
        int listLines = 0;
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && SPACES.split(t).length <= 6) {
                listLines++;
            }
        }
        return listLines >= 4 && listLines * 2 > lines.length;
    }

    /** How many word trigrams repeat an earlier one. */
    static int repeatedTrigrams(List<String> ws) {
        if (ws.size() < 3) {
            return 0;
        }
        if (ws.size() >= 1 << 21) { // word ids would not fit 21 bits: compare the trigrams as strings
            Set<String> seen = new HashSet<>();
            int repeats = 0;
            for (int i = 0; i + 2 < ws.size(); i++) {
                if (!seen.add(ws.get(i) + ' ' + ws.get(i + 1) + ' ' + ws.get(i + 2))) {
                    repeats++;
                }
            }
            return repeats;
        }
        // three word ids in one long: exact, without building a string per trigram
        Map<String, Integer> ids = new HashMap<>();
        int[] id = new int[ws.size()];
        for (int i = 0; i < ws.size(); i++) {
            id[i] = ids.computeIfAbsent(ws.get(i), w -> ids.size());
        }
        long[] trigrams = new long[ws.size() - 2];
        for (int i = 0; i < trigrams.length; i++) {
            trigrams[i] = ((long) id[i] << 42) | ((long) id[i + 1] << 21) | id[i + 2];
        }
        Arrays.sort(trigrams);
        int repeats = 0;
        for (int i = 1; i < trigrams.length; i++) {
            if (trigrams[i] == trigrams[i - 1]) {
                repeats++;
            }
        }
        return repeats;
    }

    // =================================================================== level, scope, follow-up, summary

    private String scope() {
        List<Hit> hits = detector(Detector.SCOPE);
        boolean org = false;
        for (Hit h : hits) {
            String k = h.key();
            if (k.contains("org-wide") || k.contains("across the (company") || k.contains("(entire|whole)")
                    || k.contains("(every|all) (teams")) {
                org = true;
            }
        }
        if (org) {
            return "ORG";
        }
        if (!hits.isEmpty()) {
            return "CROSS_TEAM";
        }
        return hasStory() ? "OWN_TEAM" : "ANY";
    }

    private boolean clears(Rubric.LevelRule rule, Map<String, Integer> scores, String scope) {
        String need = rule.scope() == null ? "ANY" : rule.scope().toUpperCase(Locale.ROOT);
        if (SCOPE_ORDER.indexOf(scope) < SCOPE_ORDER.indexOf(need)) {
            return false;
        }
        if (rule.minScores() != null) {
            for (Map.Entry<String, Integer> e : rule.minScores().entrySet()) {
                if (auxScore(e.getKey(), scores) < e.getValue()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A signal key's dimension score, or an auxiliary detector's score (e.g. MENTORING). */
    private int auxScore(String key, Map<String, Integer> scores) {
        Integer s = scores.get(key);
        if (s != null) {
            return s;
        }
        Detector d;
        try {
            d = Detector.valueOf(key);
        } catch (IllegalArgumentException e) {
            return 0;
        }
        if (!d.isSignal() || d == Detector.CUES) {
            return 0;
        }
        List<Hit> hits = detector(d);
        long distinct = hits.stream().map(Hit::key).distinct().count();
        return distinct == 0 ? 0 : distinct >= 2 ? 2 : 1;
    }

    private Evaluation.FollowUp followUp(Map<String, Integer> scores) {
        if (card.followUps() == null || card.followUps().isEmpty()) {
            return null;
        }
        CompetencyCard.FollowUpProbe best = null;
        int bestScore = Integer.MAX_VALUE;
        for (CompetencyCard.FollowUpProbe f : card.followUps()) {
            int s = scores.getOrDefault(f.targets(), 3);
            if (s < bestScore) {
                best = f;
                bestScore = s;
            }
        }
        return new Evaluation.FollowUp(best.question(), best.probes(), best.targets());
    }

    private String summary(String verdict, List<DimensionScore> dims, List<Flag> flags, String capReason,
                           String level, String target, Map<String, Integer> scores, String scope) {
        StringBuilder b = new StringBuilder();
        String v = switch (verdict) {
            case "STRONG_HIRE" -> "Strong hire";
            case "LEAN_HIRE" -> "Lean hire";
            case "LEAN_NO_HIRE" -> "Lean no hire";
            default -> "Strong no hire";
        };
        b.append(v).append(" on ").append(card.name());
        if (lens != null) {
            b.append(" under the ").append(lens.company()).append(" lens (").append(lens.title()).append(')');
        }
        if (capReason != null) {
            b.append(": capped because ").append(capReason).append('.');
        } else {
            List<String> strong = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (DimensionScore d : dims) {
                if (d.score() == 2) {
                    strong.add(d.title().toLowerCase(Locale.ROOT));
                } else if (d.score() == 0) {
                    missing.add(d.title().toLowerCase(Locale.ROOT));
                }
            }
            b.append(strong.isEmpty() ? ": nothing shown with specifics" : ": strongest on " + String.join(", ", strong));
            b.append(missing.isEmpty() ? "; every signal is present." : "; missing " + String.join(", ", missing) + ".");
        }
        if (!flags.isEmpty()) {
            List<String> titles = new ArrayList<>();
            flags.forEach(f -> titles.add(f.title()));
            b.append(" Flags: ").append(String.join("; ", titles)).append('.');
        }
        if (target != null) {
            boolean ok = !level.equals("NONE") && LEVEL_ORDER.indexOf(level) >= LEVEL_ORDER.indexOf(target);
            b.append(ok ? " Clears the " + levelTitle(target) + " bar." : " Does not clear the " + levelTitle(target)
                    + " bar" + (level.equals("NONE") ? "" : " (reaches " + levelTitle(level) + ")") + ".");
        } else {
            b.append(level.equals("NONE") ? " Clears no level bar yet." : " Reaches the " + levelTitle(level) + " bar.");
        }
        return b.toString();
    }

    // =================================================================== evidence

    private List<Evidence> evidence(List<Integer> sentences) {
        List<Evidence> out = new ArrayList<>(sentences.size());
        for (int k : sentences) {
            Sentence s = a.sentence(k);
            int start = s.start();
            int end = Math.min(s.end(), answer.length());
            while (end > start && Character.isWhitespace(answer.charAt(end - 1))) {
                end--;
            }
            out.add(new Evidence(start, end, answer.substring(start, end)));
        }
        return out;
    }
}
