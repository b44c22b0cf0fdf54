package io.highbar.interview.story;

/** A candidate keeps at most {@link StoryService#MAX_STORIES} stories (409). */
public class StoryBankFull extends RuntimeException {

    public StoryBankFull(int max) {
        super("Your story bank already holds " + max + " stories, the most it keeps. Delete one you no longer tell"
                + " (DELETE /api/stories/{id}) or fold two into one, then save again.");
    }
}
