package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.highbar.scoring.engine.card.Detector;
import io.highbar.scoring.engine.read.Reading;

/**
 * "No metrics" is about the result: two tellings of one story (written for this test) whose situation carries the
 * same measured numbers differ only in whether the closing sentences measure what changed, and only the one that
 * does rules the flag out.
 */
class AnswerShapeTest {

    private static final String QUESTION = "Tell me about a time you delivered a result under pressure.";
    private static final String SITUATION = "I run the evening shift at a parcel depot. In March our missed "
            + "collections had gone from 12 a week to 45 a week and the regional office gave us a month to fix it. "
            + "I walked the loading bays for three evenings and saw that drivers waited on labels printed in one "
            + "batch at six. I moved the printing to every half hour and put a second printer by bay four. ";
    private static final String MEASURED = "By the end of April missed collections were down to 9 a week. "
            + "The regional office copied the printing schedule to two other depots.";
    private static final String UNMEASURED = "By the end of April things were a lot better and the drivers were "
            + "much happier. The regional office liked the change and copied it to other depots.";


    private static AnswerShape shape(String text) {
        Reading reading = Readings.read(text, QUESTION);
        return AnswerShape.of(reading, Order.of(reading, Readings.MODELS.position(), Readings.MODELS.adjacency()),
                Conduct.of(reading, Readings.MODELS.conduct()));
    }

    @Test
    void aResultTheClosingSentencesMeasureRulesOutNoMetrics() {
        AnswerShape measured = shape(SITUATION + MEASURED);

        assertThat(measured.closingOutcomes()).isPositive();
        assertThat(FlagThresholds.ruledOut("NO_METRICS", measured)).isTrue();
    }

    @Test
    void numbersInTheSituationLeaveAnUnmeasuredResultOpenToNoMetrics() {
        AnswerShape unmeasured = shape(SITUATION + UNMEASURED);

        assertThat(unmeasured.outcomes()).as("the situation's measured numbers").isPositive();
        assertThat(unmeasured.closingOutcomes()).isZero();
        assertThat(unmeasured.closingNumbers()).isZero();
        assertThat(FlagThresholds.ruledOut("NO_METRICS", unmeasured)).isFalse();
    }

    @Test
    void otherFlagsAreNeverRuledOutByNumbers() {
        AnswerShape measured = shape(SITUATION + MEASURED);
        for (Detector detector : Detector.values()) {
            if (detector.isFlag() && detector != Detector.NO_METRICS) {
                assertThat(FlagThresholds.ruledOut(detector.name(), measured)).as(detector.name()).isFalse();
            }
        }
    }
}
