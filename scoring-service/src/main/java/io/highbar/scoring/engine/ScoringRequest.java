package io.highbar.scoring.engine;

/**
 * One answer to score.
 *
 * @param company     optional company lens, null for none
 * @param targetLevel optional target level (SDE1, SDE2, SENIOR, STAFF), null for none
 */
public record ScoringRequest(String question, String answer, String company, String targetLevel) {
}
