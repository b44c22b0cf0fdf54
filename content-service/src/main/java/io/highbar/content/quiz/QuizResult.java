package io.highbar.content.quiz;

import java.util.List;

/**
 * @param correct how many answers were right
 * @param total   how many items were answered
 */
public record QuizResult(String competencyId, int version, List<ItemResult> results, int correct, int total) {

    /** @param explanation why the phrase is what it is, from the card (why it matters / why) */
    public record ItemResult(String itemId, boolean correct, String expected, String explanation) {
    }
}
