package io.highbar.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksHoldTest {

    private static Checks cappedAt(double cap) {
        return new Checks(cap, cap < 4.0 ? "held" : null, null, new boolean[0]);
    }

    @Test
    void gradesOverTheCapStayUnderItInTheirOrder() {
        Checks lean = cappedAt(2.0);
        double[] grades = {1.6, 2.0, 2.4, 3.0, 3.5, 4.0};
        for (int k = 1; k < grades.length; k++) {
            assertThat(lean.hold(grades[k])).isGreaterThan(lean.hold(grades[k - 1])).isLessThanOrEqualTo(2.0);
        }
        assertThat(lean.hold(4.0)).isEqualTo(2.0);
        assertThat(lean.hold(4.6)).isEqualTo(2.0);
    }

    @Test
    void gradesWellUnderTheCapKeepTheirValue() {
        assertThat(cappedAt(2.0).hold(1.3)).isEqualTo(1.3);
        assertThat(cappedAt(2.0).hold(1.5)).isEqualTo(1.5);
        assertThat(cappedAt(1.5).hold(1.0)).isEqualTo(1.0);
        assertThat(cappedAt(4.0).hold(3.7)).isEqualTo(3.7);
    }

    @Test
    void theNoStoryCapHoldsEveryGradeUnderItAndAnAnswerThatIsNotLanguageGetsOne() {
        Checks noStory = cappedAt(Checks.NO_STORY_CAP);
        assertThat(noStory.hold(3.9)).isGreaterThan(noStory.hold(2.0)).isLessThan(Checks.NO_STORY_CAP);
        assertThat(cappedAt(1.0).hold(3.9)).isEqualTo(1.0);
    }
}
