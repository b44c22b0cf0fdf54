package io.highbar.scoring.engine;

import io.highbar.scoring.engine.card.CardIndex;
import io.highbar.scoring.engine.learn.FlagThresholds;
import io.highbar.scoring.engine.learn.Judgement;
import io.highbar.scoring.engine.read.Language;
import io.highbar.scoring.engine.read.Reading;

/**
 * What a bar raiser decides before weighing any signal: an empty answer or one that is not language earns nothing;
 * an answer with no story in it, one that says the question back, a list of claims the flag model finds no story in,
 * or one whose sentences do not follow one another, stays at strong no hire; a number that cannot be true stops an
 * answer at lean no hire, and so does a story for another principle.
 *
 * @param cap          the highest overall grade the answer can get
 * @param reason       why it is capped, for the summary; null when it is not
 * @param implausible  why a number cannot be true, or null
 * @param raised       [flag] whether each of the card's flags (its own, then the shared ones) is raised
 */
public record Checks(double cap, String reason, String implausible, boolean[] raised) {

    /** The flag a number that cannot be true raises: this check raises it, not the flag model. */
    public static final String IMPLAUSIBLE = "implausible_metric";
    static final double CAP_AT = 0.5;
    /**
     * The grade an answer that tells no story (an echo or a list of claims among them), or tells it out of order, is
     * held to.
     */
    static final double NO_STORY_CAP = 1.5;
    /** How far under its cap a held answer's grade can sit: half a grade, the width of the verdict 2.0 holds. */
    static final double HOLD_BAND = 0.5;
    /**
     * An answer at least a quarter of whose content words are the question's own says the question back: every echo
     * written for train and dev is over it and no other answer graded 2 or more reaches it (README-engine.md).
     */
    static final double ECHO_AT = 0.25;

    public static Checks of(Reading r, Judgement j, CardIndex index, FlagThresholds flagAt, double jumbledAt,
                             double offPrincipleAt) {
        boolean[] raised = new boolean[index.flags().size()];
        for (int f = 0; f < raised.length; f++) {
            raised[f] = flagAt.raises(index.flags().get(f).detector(), j.flags()[f], j.shape());
        }
        if (r.size() == 0 || r.words() == 0) {
            return new Checks(1.0, "the answer is empty", null, new boolean[raised.length]);
        }
        if (r.language().kind() == Language.Kind.NOT_LANGUAGE) {
            return new Checks(1.0, "it is not an answer: nothing in it reads as a sentence", null,
                    new boolean[raised.length]);
        }
        String implausible = j.shape().implausible();
        double cap = 4.0;
        String reason = null;
        // the more specific reason first: an echo and a list of claims tell no story either, and saying which is
        // what the candidate can act on
        if (r.echo() >= ECHO_AT) {
            cap = NO_STORY_CAP;
            reason = "it says the question back instead of answering it: tell one time it happened, what you did and "
                    + "how it turned out";
            set(index, raised, "no_story", true);
        } else if (r.claimList() && raised(index, raised, "no_story")) {
            // a list of achievements or traits is several claims and no story; a story told in short lines is still
            // one, which is why the list holds only what the flag model already finds no story in
            cap = NO_STORY_CAP;
            reason = "it is a list of claims, not a story: pick one and tell it, the situation, what you did and how "
                    + "it turned out";
        } else if (likely(index, j, "no_story")) {
            cap = NO_STORY_CAP;
            reason = "it tells no story: no situation, nothing you did, no result";
        } else if (j.jumbled() >= jumbledAt) {
            cap = NO_STORY_CAP;
            reason = "its sentences do not follow one another as a story: tell it in order, situation first";
        }
        if (implausible != null && cap > 2.0) {
            cap = 2.0;
            reason = "a number in it cannot be true (" + implausible + ")";
        }
        // a story that reads more like another principle's stories than almost any real story for this one does
        // is that principle's story, whatever it says about this one; an answer that tells no story is not one, and
        // neither is one graded where telling no story is capped: its words show no principle, whichever card's
        // stories they happen to sit closest to. Once the answer is told its story shows another principle, it is
        // graded as one: at most lean no hire
        boolean noStory = raised(index, raised, "no_story") || j.overall() <= NO_STORY_CAP;
        boolean readsAsAnother = !noStory && j.fit().exemplarsKnown() && j.fit().exemplarMargin() < offPrincipleAt;
        set(index, raised, "off_principle", readsAsAnother || !noStory && raised(index, raised, "off_principle"));
        if (raised(index, raised, "off_principle") && cap > 2.0) {
            cap = 2.0;
            reason = "the story shows another principle more than " + index.card().name();
        }
        return new Checks(cap, reason, implausible, raised);
    }

    /**
     * The grade an answer gets under its cap. A cap says how high the answer can go, not that every answer it holds
     * is alike: two tellings of one story held by the same check still differ in what they show. Grades from half a
     * grade under the cap up to 4 are therefore pressed into that half grade in their order, rather than cut to the
     * cap and tied; grades lower than that keep their value.
     */
    public double hold(double grade) {
        double from = Math.max(1.0, cap - HOLD_BAND);
        if (cap >= 4.0 || grade <= from) {
            return Math.min(grade, cap);
        }
        return from + (cap - from) * (Math.min(grade, 4.0) - from) / (4.0 - from);
    }

    /**
     * Telling no story overrules everything the answer shows, so it takes more than a raised flag: the flag model
     * must find it more likely than not (flags are raised lower, where their F1 is best).
     */
    private static boolean likely(CardIndex index, Judgement j, String key) {
        for (int f = 0; f < index.flags().size(); f++) {
            if (index.flags().get(f).key().equals(key) && j.flags()[f] >= CAP_AT) {
                return true;
            }
        }
        return false;
    }

    private static void set(CardIndex index, boolean[] raised, String key, boolean value) {
        for (int f = 0; f < raised.length; f++) {
            if (index.flags().get(f).key().equals(key)) {
                raised[f] = value;
            }
        }
    }

    static boolean raised(CardIndex index, boolean[] raised, String key) {
        for (int f = 0; f < raised.length; f++) {
            if (raised[f] && index.flags().get(f).key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
