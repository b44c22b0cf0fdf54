package io.highbar.interview.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SM-2 against the algorithm's published description (SuperMemo, "Algorithm SM-2", Wozniak 1990). */
class Sm2Test {

    /** The published E-Factor change per grade: +0.10, 0, −0.14, −0.32, −0.54, −0.80. */
    @ParameterizedTest
    @CsvSource({"5, 2.60", "4, 2.50", "3, 2.36", "2, 2.18", "1, 1.96", "0, 1.70"})
    void theEasinessFactorMovesByThePublishedAmountForEachGrade(int quality, double easiness) {
        assertThat(Sm2.initial().review(quality).easiness()).isCloseTo(easiness, within(1e-9));
    }

    /** I(1) = 1, I(2) = 6, I(n) = I(n−1) × EF rounded up: with EF held at 2.5, 1, 6, 15, 38, 95 days. */
    @Test
    void intervalsAreOneDayThenSixThenThePreviousTimesTheEasinessRoundedUp() {
        Sm2 s = Sm2.initial();
        List<Integer> intervals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            s = s.review(4);
            intervals.add(s.intervalDays());
        }
        assertThat(intervals).containsExactly(1, 6, 15, 38, 95);
        assertThat(s.repetitions()).isEqualTo(5);
    }

    @Test
    void aGradeBelowThreeStartsTheRepetitionsAgainAndKeepsTheLoweredEasiness() {
        Sm2 s = Sm2.initial().review(5).review(5).review(5);
        assertThat(s.intervalDays()).as("6 days × EF 2.7, rounded up").isEqualTo(17);
        Sm2 lapsed = s.review(2);
        assertThat(lapsed.repetitions()).isZero();
        assertThat(lapsed.intervalDays()).isEqualTo(1);
        assertThat(lapsed.easiness()).isCloseTo(2.8 - 0.32, within(1e-9));
        assertThat(lapsed.review(4).intervalDays()).isEqualTo(1);
        assertThat(lapsed.review(4).review(4).intervalDays()).isEqualTo(6);
    }

    @Test
    void theEasinessNeverFallsBelowOnePointThree() {
        Sm2 s = Sm2.initial();
        for (int i = 0; i < 5; i++) {
            s = s.review(0);
        }
        assertThat(s.easiness()).isEqualTo(Sm2.MIN_EASINESS);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 0", "1.5, 1", "2.4, 2", "2.5, 3", "3.0, 3", "3.5, 4", "4.0, 5", "0.0, 0", "4.5, 5"})
    void aGradeMapsToSm2sScaleWithLeanHireAsAPass(double overall, int quality) {
        assertThat(Sm2.quality(overall)).isEqualTo(quality);
    }
}
