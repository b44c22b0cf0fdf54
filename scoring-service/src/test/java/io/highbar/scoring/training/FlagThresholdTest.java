package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.highbar.scoring.training.FlagThreshold.Entry;

class FlagThresholdTest {

    private static final int FOLDS = 5;

    /**
     * {@code n} flags of a detector in every fold, labelled or not, their probabilities spread evenly over the range.
     */
    private static List<Entry> flags(String detector, boolean labelled, double from, double to, int n) {
        List<Entry> out = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            for (int i = 0; i < n; i++) {
                // each fold's flags sit a little apart from the others', as waves do
                double p = from + (to - from) * (i + fold / (double) FOLDS) / n;
                out.add(new Entry(detector, labelled, p, fold));
            }
        }
        return out;
    }

    /** Two detectors the model scores on different scales, so that no one threshold parts both. */
    private static List<Entry> twoScales() {
        List<Entry> entries = new ArrayList<>();
        // the card's own cues: labelled flags come out at 0.15-0.35, the others under 0.15
        entries.addAll(flags("CUES", true, 0.15, 0.35, 40));
        entries.addAll(flags("CUES", false, 0.0, 0.15, 60));
        // "no metrics": labelled at 0.6-0.9, the others at 0.3-0.6
        entries.addAll(flags("NO_METRICS", true, 0.6, 0.9, 40));
        entries.addAll(flags("NO_METRICS", false, 0.3, 0.6, 60));
        return entries;
    }

    @Test
    void aDetectorTheModelScoresLowerGetsAThresholdOfItsOwn() {
        List<Entry> entries = twoScales();

        FlagThreshold.PerDetector chosen = FlagThreshold.perDetector(entries, FOLDS);

        assertThat(chosen.f1Own()).isGreaterThan(chosen.f1One());
        assertThat(chosen.f1Own()).isGreaterThan(0.95);
        assertThat(chosen.thresholds().at("CUES")).isBetween(0.14, 0.16);
        assertThat(chosen.thresholds().at("NO_METRICS")).isBetween(0.59, 0.61);
    }

    @Test
    void detectorsOnOneScaleKeepOneThreshold() {
        List<Entry> entries = new ArrayList<>();
        for (String detector : List.of("CUES", "NO_METRICS")) {
            entries.addAll(flags(detector, true, 0.5, 0.9, 40));
            entries.addAll(flags(detector, false, 0.0, 0.4, 60));
        }

        FlagThreshold.PerDetector chosen = FlagThreshold.perDetector(entries, FOLDS);

        // own thresholds part the flags no better than one does, so none is kept
        assertThat(chosen.f1Own()).isEqualTo(chosen.f1One());
        assertThat(chosen.thresholds().byDetector()).isEmpty();
        assertThat(chosen.thresholds().at("CUES")).isBetween(0.4, 0.5);
    }

    @Test
    void aDetectorWithFewLabelledFlagsKeepsTheOneThreshold() {
        List<Entry> entries = twoScales();
        // too few labelled to choose a threshold on: 16 in the four folds it would be chosen on, 20 in all
        entries.addAll(flags("PASSIVE_VOICE", true, 0.15, 0.35, 4));
        entries.addAll(flags("PASSIVE_VOICE", false, 0.0, 0.15, 40));

        FlagThreshold.PerDetector chosen = FlagThreshold.perDetector(entries, FOLDS);

        assertThat(chosen.thresholds().byDetector()).containsKeys("CUES", "NO_METRICS")
                .doesNotContainKey("PASSIVE_VOICE");
        assertThat(chosen.thresholds().at("PASSIVE_VOICE")).isEqualTo(chosen.thresholds().at());
    }
}
