package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Answers are held out a wave at a time, so what is measured without a fold was written by people never read. */
class WaveFoldTest {

    @Test
    void theWaveIsTheIdsSegmentAfterTheCardAndAnOverrideStandsWithItsSession() {
        assertThat(Trainer.wave(answer("ownership-t12-04", "ownership-t12-s04", "ownership"))).isEqualTo("t12");
        assertThat(Trainer.wave(answer("have-backbone-disagree-and-commit-s7-01-shuf", "x",
                "have-backbone-disagree-and-commit"))).isEqualTo("s7");
        assertThat(Trainer.wave(answer("override-81f2", "session-17", "ownership"))).isEqualTo("session-17");
    }

    @Test
    void everyAnswerOfAWaveIsInOneFoldWhateverItsStoryAndCard() {
        List<CorpusAnswer> wave = List.of(answer("ownership-t12-01", "ownership-t12-s01", "ownership"),
                answer("ownership-t12-02", "ownership-t12-s02", "ownership"),
                answer("dive-deep-t12-19", "dive-deep-t12-s19", "dive-deep"),
                answer("dive-deep-t12-01-shuf", "dive-deep-t12-s01", "dive-deep"));
        Set<Integer> folds = wave.stream().map(Trainer::fold).collect(Collectors.toSet());

        assertThat(folds).hasSize(1);
        Set<Integer> byStory = wave.stream().map(a -> Math.floorMod(a.storyId().hashCode(), Trainer.FOLDS))
                .collect(Collectors.toSet());
        assertThat(byStory).as("the same answers held out by story spread over folds").hasSizeGreaterThan(1);
    }

    private static CorpusAnswer answer(String id, String storyId, String card) {
        return new CorpusAnswer(id, storyId, "train", card, "Tell me about a time.", "I fixed it.", "strong", null,
                null, null, "en", null, null, null, null, "written", null, null, null);
    }
}
