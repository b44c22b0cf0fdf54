package io.highbar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.highbar.contracts.evaluation.Evaluation.Verdict;

/** One place turns an overall score into a verdict: the scorer and the session report both use it. */
class VerdictTest {

    @ParameterizedTest
    @CsvSource({"1.0,STRONG_NO_HIRE", "1.49,STRONG_NO_HIRE", "1.5,LEAN_NO_HIRE", "2.49,LEAN_NO_HIRE",
            "2.5,LEAN_HIRE", "3.49,LEAN_HIRE", "3.5,STRONG_HIRE", "4.0,STRONG_HIRE"})
    void anOverallScoreMapsToTheNearestVerdict(double overall, Verdict expected) {
        assertThat(Verdict.of(overall)).isEqualTo(expected);
    }
}
