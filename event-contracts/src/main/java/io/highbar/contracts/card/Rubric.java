package io.highbar.contracts.card;

import java.util.List;
import java.util.Map;

/**
 * What detects each signal and flag of a card, as data: a new competency needs content, not code.
 * The texts a candidate reads (titles, fixes, follow-ups) stay in the card; this holds only detection and weighting.
 *
 * @param version     increases with every change; each evaluation records the version it used
 * @param signals     by signal key
 * @param flags       by anti-pattern or red-flag key
 * @param lensWeights by company name, then signal key: multiplier of that signal's weight under the lens
 * @param levels      by level (SDE1, SDE2, SENIOR, STAFF): what an answer must show to clear it
 * @param topicCues   cues that an answer is about this competency at all (off-topic answers score low)
 */
public record Rubric(
        int version,
        Map<String, SignalRule> signals,
        Map<String, FlagRule> flags,
        Map<String, Map<String, Double>> lensWeights,
        Map<String, LevelRule> levels,
        Pacing pacing,
        List<String> topicCues) {

    /**
     * @param detector     the general detector this signal builds on (the engine's names, e.g. INITIATIVE)
     * @param cues         cue patterns that credit the signal when the candidate is the actor
     * @param negativeCues cue patterns that look like the signal but are its common miss
     */
    public record SignalRule(String detector, double weight, List<String> cues, List<String> negativeCues) {
    }

    /** @param penalty how much the flag lowers the overall score, 0..1 */
    public record FlagRule(String detector, List<String> cues, List<String> negativeCues, double penalty) {
    }

    /**
     * @param minScores per signal key, the minimum dimension score (0..2) the level needs
     * @param scope     the reach the story must show: ANY, OWN_TEAM, CROSS_TEAM or ORG
     */
    public record LevelRule(Map<String, Integer> minScores, String scope) {
    }

    /** From the card's depth tip: seconds on situation + task, share of time on action, speaking rate. */
    public record Pacing(int situationTaskSeconds, double actionShare, int wordsPerMinute) {
    }
}
