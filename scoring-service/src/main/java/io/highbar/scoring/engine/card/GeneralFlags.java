package io.highbar.scoring.engine.card;

import java.util.ArrayList;
import java.util.List;

import io.highbar.contracts.card.CompetencyCard;

/**
 * Flags every card shares, beside its own: an answer with no story in it, and a story for another principle. They
 * are judged by the same learned flag model as a card's flags; these are the words they are compared with.
 */
final class GeneralFlags {

    static final String NO_STORY = "no_story";
    static final String OFF_PRINCIPLE = "off_principle";

    private GeneralFlags() {
    }

    record Definition(String key, String title, String kind, String detector, List<String> quotes, String fix) {
    }

    /** What an answer without a situation sounds like: beliefs, habits, plans and the question handed back. */
    private static final List<String> NO_STORY_QUOTES = List.of(
            "I always hold myself to a very high standard in everything I do.",
            "In general, I believe it is important to take responsibility and deliver results.",
            "I would first gather the requirements and then align everyone on a plan.",
            "That is a great question, and it is something I care about a lot.",
            "I am a detail-oriented person who likes solving problems and working with people.");

    static List<Definition> of(CompetencyCard card) {
        List<Definition> out = new ArrayList<>();
        out.add(new Definition(NO_STORY, "No story", "RED_FLAG", "NO_STORY", NO_STORY_QUOTES,
                "Tell one real situation: where you were, what you personally did, step by step, and what changed "
                        + "because of it."));
        List<String> notIt = card.whatItIsNot() == null || card.whatItIsNot().isEmpty()
                ? List.of("This story is about something else entirely.") : card.whatItIsNot();
        out.add(new Definition(OFF_PRINCIPLE, "A story for another principle", "ANTI_PATTERN", "OFF_PRINCIPLE", notIt,
                "Choose a story where " + card.name() + " is what carries it: " + card.coreSignal()));
        return out;
    }
}
