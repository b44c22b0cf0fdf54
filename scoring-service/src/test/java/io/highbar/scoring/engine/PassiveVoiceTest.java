package io.highbar.scoring.engine;

import static io.highbar.scoring.engine.Fixtures.ENGINE;
import static io.highbar.scoring.engine.Fixtures.assertEvidenceIsVerbatim;
import static io.highbar.scoring.engine.Fixtures.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;

/**
 * "Things got fixed" is a red flag because the sentence has no owner. A passive clause inside a sentence whose
 * actions the candidate performs ("I ... pushed back until it was fixed") has one, and is not flagged.
 */
class PassiveVoiceTest {

    private static final CompetencyCard OWNERSHIP = Fixtures.load("ownership");

    private static final String SITUATION = "Last year I was a backend engineer on the payments team at a travel "
            + "company, and our deploy pipeline failed about one release in five, which nobody owned. ";

    private static Evaluation score(String answer) {
        Evaluation e = ENGINE.evaluate(OWNERSHIP, new ScoringRequest(OWNERSHIP.headlineQuestion(), answer, null, null));
        assertEvidenceIsVerbatim(answer, e);
        return e;
    }

    @Test
    void ownerlessPassiveNarrationIsFlagged() {
        String answer = SITUATION + "The pipeline was fixed and the alarms were cleaned up. The root cause was "
                + "identified after a week and the retry logic was changed. Releases were delivered on time again "
                + "and the team was happier with the result.";

        assertThat(flagged(score(answer), "passive_voice")).isTrue();
    }

    @Test
    void aPassiveClauseInsideTheCandidatesOwnActionIsNotFlagged() {
        String answer = SITUATION + "It was not my project, but I decided to own it. I pulled a week of logs, "
                + "found the root cause in the retry backoff, and pushed back on shipping the next release until "
                + "it was fixed. I rewrote the deploy step myself, added a canary stage and deleted 40 stale "
                + "alarms. Failed releases went from one in five to one in fifty over the next quarter.";

        Evaluation e = score(answer);

        assertThat(e.flags()).as("%s", e.flags()).extracting(Evaluation.Flag::key).doesNotContain("passive_voice");
    }
}
