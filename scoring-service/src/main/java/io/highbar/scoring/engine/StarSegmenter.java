package io.highbar.scoring.engine;

import java.util.ArrayList;
import java.util.List;

import io.highbar.contracts.card.Rubric;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.cue.CuePattern;
import io.highbar.scoring.engine.nlp.Sentence;
import io.highbar.scoring.engine.text.Analysis;
import io.highbar.scoring.engine.text.Analysis.Actor;
import io.highbar.scoring.engine.text.Lexicon;

/**
 * Labels each sentence SITUATION, TASK, ACTION or RESULT (cues, tense, who acts), merges runs into segments,
 * estimates speaking time and compares it with the card's depth tip.
 */
final class StarSegmenter {

    private static final java.util.Set<String> NOTICING = java.util.Set.of("noticed", "spotted", "discovered",
            "found", "identified", "saw", "realized", "realised", "caught", "observed", "learned", "joined", "worked",
            "owned", "started", "inherited", "moved");

    private final Analysis a;
    private final Rubric.Pacing pacing;
    private final List<CuePattern> resultCues;
    private final List<CuePattern> taskCues;

    /** Words that open a result or a task, in the cue language; general English, not any card's. */
    static final List<String> RESULT_CUES = List.of("as a result", "in the end", "ultimately", "since then",
            "after (that|the fix|my fix|the change|launch|the release|rollout)", "(result|outcome) (was|is)",
            "(results|outcome)", "end result", "this (reduced|cut|saved|improved|prevented|eliminated|meant)",
            "(it|that|which) (reduced|cut|saved|improved|prevented|eliminated|meant)");
    static final List<String> TASK_CUES = List.of(
            "(my|the|our) (goal|task|job|responsibility|challenge|objective|mandate|role) (was|is)",
            "i (needed|had|wanted|was supposed) to", "i was (responsible|tasked|expected)", "needed to",
            "(had|have) to (decide|figure|make sure|ensure)");

    StarSegmenter(Analysis a, Rubric.Pacing pacing, List<CuePattern> resultCues, List<CuePattern> taskCues) {
        this.a = a;
        this.pacing = pacing == null ? new Rubric.Pacing(50, 0.7, 150) : pacing;
        this.resultCues = resultCues;
        this.taskCues = taskCues;
    }

    Evaluation.Star segment() {
        int wpm = pacing.wordsPerMinute() > 0 ? pacing.wordsPerMinute() : 150;
        int total = a.words();
        int totalSeconds = (int) Math.round(total * 60.0 / wpm);
        List<Sentence> ss = a.sentences();
        if (ss.isEmpty() || total == 0) {
            return new Evaluation.Star(0, 0, List.of(),
                    "Tell a complete STAR story: a short situation, what you did, and a measured result.");
        }
        String[] parts = new String[ss.size()];
        int[] words = new int[ss.size()];
        boolean actionSeen = false;
        for (Sentence s : ss) {
            int k = s.index();
            words[k] = wordCount(s);
            String p = classify(s, actionSeen);
            if (p == null) {
                p = k == 0 ? "SITUATION" : actionSeen ? parts[k - 1] : "SITUATION";
            }
            if (p.equals("ACTION")) {
                actionSeen = true;
            }
            parts[k] = p;
        }
        List<Evaluation.StarSegment> segments = new ArrayList<>();
        int stWords = 0;
        int actionWords = 0;
        boolean result = false;
        int i = 0;
        while (i < ss.size()) {
            int j = i;
            int w = 0;
            while (j < ss.size() && parts[j].equals(parts[i])) {
                w += words[j];
                j++;
            }
            double share = Math.round(1000.0 * w / total) / 1000.0;
            segments.add(new Evaluation.StarSegment(parts[i], share, (int) Math.round(w * 60.0 / wpm),
                    ss.get(i).start(), ss.get(j - 1).end()));
            if (parts[i].equals("SITUATION") || parts[i].equals("TASK")) {
                stWords += w;
            } else if (parts[i].equals("ACTION")) {
                actionWords += w;
            } else {
                result = true;
            }
            i = j;
        }
        int stSeconds = (int) Math.round(stWords * 60.0 / wpm);
        double actionShare = (double) actionWords / total;
        int target = pacing.situationTaskSeconds() > 0 ? pacing.situationTaskSeconds() : 50;
        int actionPct = (int) Math.round(pacing.actionShare() * 100);
        String advice;
        if (actionWords == 0) {
            advice = "Add the actions you personally took: none of the answer says what you did.";
        } else if (stSeconds > target * 1.3 && stSeconds - target >= 15) {
            advice = "Cut the situation and task from about " + stSeconds + " s to about " + target
                    + " s and spend the time on what you did.";
        } else if (actionShare < pacing.actionShare() - 0.15) {
            advice = "Spend more of the answer on your actions: about " + Math.round(actionShare * 100)
                    + "% now against about " + actionPct + "% recommended.";
        } else if (!result) {
            advice = "Close with a concise result and its numbers: the answer has no result.";
        } else {
            advice = "Pacing fits the depth tip: about " + stSeconds + " s of set-up and "
                    + Math.round(actionShare * 100) + "% of the time on actions.";
        }
        return new Evaluation.Star(total, totalSeconds, segments, advice);
    }

    private static int wordCount(Sentence s) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (!s.tag(i).equals("PUNCT") && !s.tag(i).equals("SYM")) {
                n++;
            }
        }
        return n;
    }

    private String classify(Sentence s, boolean actionSeen) {
        int k = s.index();
        boolean impact = false;
        for (Analysis.Quantity q : a.quantities(k)) {
            impact |= q.impact();
        }
        if (impact || actionSeen && matches(resultCues, s)) {
            return "RESULT";
        }
        if (matches(taskCues, s)) {
            return "TASK";
        }
        for (int i = 0; i < s.size(); i++) {
            if (!s.tag(i).startsWith("VERB")) {
                continue;
            }
            String w = s.low(i);
            boolean pastAction = Lexicon.WORK_VERBS.contains(w) || w.endsWith("ed");
            if (pastAction && a.actor(k, i, i + 1) == Actor.I && !a.negated(k, i, i + 1, false)) {
                if (!actionSeen && NOTICING.contains(w)) {
                    return "TASK"; // noticing the gap sets up the candidate's own task
                }
                return "ACTION";
            }
        }
        return null;
    }

    private static boolean matches(List<CuePattern> cues, Sentence s) {
        for (CuePattern c : cues) {
            if (c.matchesAny(s)) {
                return true;
            }
        }
        return false;
    }
}
