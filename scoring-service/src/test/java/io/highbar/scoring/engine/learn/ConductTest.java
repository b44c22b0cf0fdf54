package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The conduct model reads behaviour from what a sentence says, not from a card's wording: two tellings of one story
 * that differ in a single sentence (written for this test, in words no card uses) differ in the conduct read, and the
 * sentence it quotes is the one that differs.
 */
class ConductTest {

    private static final String QUESTION = "Tell me about a time something you were responsible for went wrong.";
    private static final String BEFORE = "I look after the weekly payroll export at a hospital with about nine "
            + "hundred staff. In April the file we send to the bank came out with the night-shift bonus missing "
            + "for sixty nurses. ";
    private static final String AFTER = " I rebuilt the export from the rota data that afternoon and the bank "
            + "paid the missing amounts two days later. Since then every export is compared with the rota totals "
            + "before it leaves.";
    private static final String OWNED = "I had changed the bonus rule the week before and had not run it against "
            + "a night rota, so the mistake was mine.";
    private static final String BLAMED = "The rota team had changed their spreadsheet without telling anyone, so "
            + "honestly the mistake was theirs and not something I could have seen.";

    private static final String STARTED = "I noticed the gap on my own while checking an old ticket and started "
            + "on it the same day.";
    private static final String HANDED = "My supervisor forwarded me the ticket and told me to take care of it "
            + "that week.";


    private static Conduct read(String text) {
        return Conduct.of(Readings.read(text, QUESTION), Readings.MODELS.conduct());
    }

    @Test
    void aFailurePutOnAnotherTeamReadsAsNoSelfAwarenessMoreThanTheSameFailureOwned() {
        Conduct owned = read(BEFORE + OWNED + AFTER);
        Conduct blamed = read(BEFORE + BLAMED + AFTER);

        assertThat(blamed.of("NO_SELF_AWARENESS")).isGreaterThan(owned.of("NO_SELF_AWARENESS"));
        // the blaming sentence is the third one, where the two tellings differ
        assertThat(blamed.sentenceOf("NO_SELF_AWARENESS")).isEqualTo(2);
    }

    @Test
    void aFailurePutOnAnotherTeamReadsAsBlameMoreThanTheSameFailureOwned() {
        Conduct owned = read(BEFORE + OWNED + AFTER);
        Conduct blamed = read(BEFORE + BLAMED + AFTER);

        assertThat(blamed.of("BLAME")).isGreaterThan(owned.of("BLAME"));
        assertThat(blamed.sentenceOf("BLAME")).isEqualTo(2);
    }

    @Test
    void workAManagerHandedOverReadsAsAssignmentMoreThanWorkTheCandidateStarted() {
        Conduct started = read(BEFORE + STARTED + AFTER);
        Conduct handed = read(BEFORE + HANDED + AFTER);

        assertThat(handed.of("ASSIGNMENT")).isGreaterThan(started.of("ASSIGNMENT"));
        assertThat(handed.sentenceOf("ASSIGNMENT")).isEqualTo(2);
    }

    @Test
    void aKindTheModelDoesNotReadHasNoFigureAndNoSentence() {
        Conduct any = read(BEFORE + OWNED + AFTER);

        assertThat(any.of("VAGUE_LANGUAGE")).isZero();
        assertThat(any.sentenceOf("VAGUE_LANGUAGE")).isEqualTo(-1);
    }
}
