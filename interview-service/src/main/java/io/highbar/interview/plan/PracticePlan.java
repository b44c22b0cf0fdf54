package io.highbar.interview.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/candidates/me/plan}: what to practise today, at most five items, most urgent first.
 *
 * @param items the principles to work on, each with the story to practise or a story to write
 */
public record PracticePlan(String company, LocalDate today, List<Item> items) {

    public enum Action { WRITE_STORY, PRACTISE_STORY }

    /**
     * @param storyId    the story to practise (a DRILL from it), null when there is none to practise
     * @param due        when SM-2 schedules the principle's next practice, null if it was never practised
     * @param reason     why it is on today's plan, in a sentence
     */
    public record Item(String competencyId, String name, Action action, String storyId, String storyTitle,
                       LocalDate due, String reason) {
    }
}
