package io.highbar.scoring.engine;

import static io.highbar.scoring.engine.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.highbar.contracts.evaluation.Evaluation;

/**
 * Held-out labelled answers written for this test (not from the card): each pair tells the same story and
 * differs in ONE respect a bar raiser cares about. The stronger version must score higher.
 */
class HeldOutPairsTest {

    static final String SITUATION_A = "Last spring I was a data engineer on the reporting team of a logistics "
            + "company. Our nightly pipeline fed the delivery dashboards that regional managers used every morning, "
            + "and the ingestion jobs belonged to the platform group. ";
    static final String SITUATION_B = "In my second year at a fintech startup I worked on the mobile app, and the "
            + "release train went out every two weeks. The card-activation screen was owned by another squad and "
            + "had a long history of crash reports from older Android phones. ";

    static Stream<Arguments> pairs() {
        return Stream.of(
            // 1. "I" vs "we"
            Arguments.of("I vs we",
                SITUATION_A + "I noticed that late files were silently skipped. I traced the skip to a timezone bug, "
                    + "wrote a fix and added a check that fails the job on missing files. After the fix, missing "
                    + "rows dropped from 4% to 0.1%.",
                SITUATION_A + "We noticed that late files were silently skipped. We traced the skip to a timezone bug, "
                    + "wrote a fix and added a check that fails the job on missing files. After the fix, missing "
                    + "rows dropped from 4% to 0.1%."),
            // 2. self-initiated vs assigned
            Arguments.of("self-initiated vs assigned",
                SITUATION_A + "Nobody had flagged it, but I noticed the dashboards undercounted deliveries. I traced "
                    + "it to a timezone bug, wrote a fix and added a check on missing files. Missing rows dropped "
                    + "from 4% to 0.1%.",
                SITUATION_A + "My manager asked me to look into why the dashboards undercounted deliveries. I traced "
                    + "it to a timezone bug, wrote a fix and added a check on missing files. Missing rows dropped "
                    + "from 4% to 0.1%."),
            // 3. with vs without metrics
            Arguments.of("metrics vs none",
                SITUATION_A + "I noticed that late files were silently skipped, which was not on my sprint. I traced "
                    + "it to a timezone bug, wrote a fix and added a check on missing files. Missing rows dropped "
                    + "from 4% to 0.1% and support tickets fell by 60%.",
                SITUATION_A + "I noticed that late files were silently skipped, which was not on my sprint. I traced "
                    + "it to a timezone bug, wrote a fix and added a check on missing files. The data got a lot "
                    + "better and people were much happier with the dashboards."),
            // 4. active vs passive
            Arguments.of("active vs passive",
                SITUATION_A + "I noticed that late files were silently skipped. I identified the timezone bug, I "
                    + "fixed it and I added a check on missing files. Missing rows dropped from 4% to 0.1%.",
                SITUATION_A + "It was noticed that late files were silently skipped. The timezone bug was identified, "
                    + "it was fixed and a check on missing files was added. Missing rows dropped from 4% to 0.1%."),
            // 5. escalated and waited vs fixed it
            Arguments.of("fixed vs escalated",
                SITUATION_B + "I noticed the crash rate on that screen was climbing. I reproduced the crash on an old "
                    + "phone, wrote a patch for the null check and added a UI test. Crashes on that screen fell from "
                    + "1.2% to 0.2% of sessions.",
                SITUATION_B + "I noticed the crash rate on that screen was climbing. I escalated it to the owning "
                    + "squad and waited for them to pick it up. Crashes on that screen fell from 1.2% to 0.2% of "
                    + "sessions."),
            // 6. pushed back vs accepted
            Arguments.of("pushed back vs accepted",
                SITUATION_B + "I noticed the activation fix the squad proposed only hid the crash. I refused to "
                    + "approve the fix as-is and insisted on finding the root cause, then wrote the patch myself. "
                    + "Crashes fell from 1.2% to 0.2% of sessions.",
                SITUATION_B + "I noticed the activation fix the squad proposed only hid the crash. I accepted the fix "
                    + "because we were under deadline pressure, then wrote a patch myself later. "
                    + "Crashes fell from 1.2% to 0.2% of sessions."),
            // 7. trade-off named vs rushed
            Arguments.of("trade-off vs rushed",
                SITUATION_B + "I found the crash two days before the release. I delayed the release by two days, "
                    + "weighing the cost of a crash for new cardholders against the delay, and wrote a patch and a "
                    + "UI test. Crashes fell from 1.2% to 0.2% of sessions.",
                SITUATION_B + "I found the crash two days before the release. I rushed the fix to meet the deadline "
                    + "despite some risks, and wrote a patch and a UI test. Crashes fell from 1.2% to 0.2% of "
                    + "sessions."),
            // 8. influence vs told
            Arguments.of("influence vs told",
                SITUATION_B + "I noticed the crash was not on anyone's roadmap. I presented crash data to the owning "
                    + "squad and convinced their lead to prioritize a fix, then wrote the patch with them. Crashes "
                    + "fell from 1.2% to 0.2% of sessions.",
                SITUATION_B + "I noticed the crash was not on anyone's roadmap. I just told the owning squad it was "
                    + "important and they agreed, then I wrote the patch with them. Crashes fell from 1.2% to 0.2% of "
                    + "sessions."),
            // 9. impact vs effort
            Arguments.of("impact vs effort",
                SITUATION_A + "I noticed late files were silently skipped, which was not on my sprint. I traced it "
                    + "to a timezone bug and wrote a fix with a check on missing files. Missing rows dropped from 4% "
                    + "to 0.1%.",
                SITUATION_A + "I noticed late files were silently skipped, which was not on my sprint. I stayed late "
                    + "every night for two weeks and worked really hard on the pipeline until the deadline. It was "
                    + "exhausting but it got done."),
            // 10. cross-team vs own team only
            Arguments.of("cross-team vs own scope",
                SITUATION_A + "I noticed the platform group's ingestion jobs skipped late files for three other "
                    + "teams. I traced it to a timezone bug, wrote a fix and added a check. Missing rows dropped from "
                    + "4% to 0.1% across the teams.",
                SITUATION_A + "I noticed a bug that was only in my team's code. I traced it to a timezone bug, wrote "
                    + "a fix and added a check. Missing rows dropped from 4% to 0.1%."),
            // 11. reflection vs none
            Arguments.of("self-awareness vs denial",
                SITUATION_A + "I noticed late files were silently skipped and wrote a fix with a check on missing "
                    + "files; missing rows dropped from 4% to 0.1%. In hindsight I should have added the check when "
                    + "I first built the report, and I now add one to every pipeline I touch.",
                SITUATION_A + "I noticed late files were silently skipped and wrote a fix with a check on missing "
                    + "files; missing rows dropped from 4% to 0.1%. Honestly I don't think I could have done better, "
                    + "and I would do everything exactly the same."),
            // 12. specific vs vague
            Arguments.of("specific vs vague",
                SITUATION_B + "I noticed the crash rate on that screen was climbing. I reproduced the crash, wrote a "
                    + "null-check patch and added a UI test for old Android versions. Crashes fell from 1.2% to 0.2% "
                    + "of sessions.",
                SITUATION_B + "I noticed the crash rate on that screen was climbing. I worked on the screen, fixed "
                    + "some issues and made things better. The app got more stable and the quality improved."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void strongerVersionScoresHigher(String label, String strong, String weak) {
        Evaluation s = score(strong);
        Evaluation w = score(weak);
        assertThat(s.score()).as("%s: score", label).isGreaterThan(w.score());
        assertThat(s.overall()).as("%s: overall", label).isGreaterThanOrEqualTo(w.overall());
    }
}
