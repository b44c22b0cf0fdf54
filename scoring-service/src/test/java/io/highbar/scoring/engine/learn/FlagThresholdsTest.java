package io.highbar.scoring.engine.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class FlagThresholdsTest {

    @Test
    void aDetectorWithoutAThresholdOfItsOwnTakesTheOneForEveryFlag() {
        FlagThresholds thresholds = new FlagThresholds(0.3, Map.of("CUES", 0.12));

        assertThat(thresholds.at("CUES")).isEqualTo(0.12);
        assertThat(thresholds.at("NO_METRICS")).isEqualTo(0.3);
    }

    @Test
    void thresholdsReadBackAsWritten() throws IOException {
        FlagThresholds written = new FlagThresholds(0.28, Map.of("CUES", 0.12, "VAGUE_LANGUAGE", 0.41));
        Properties properties = new Properties();
        properties.load(new StringReader("jumbled=0.857\n" + written.write()));

        assertThat(FlagThresholds.read(properties)).isEqualTo(written);
    }

    @Test
    void modelsTrainedWithOneThresholdReadAsOne() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader("flag=0.28\njumbled=0.857\n"));

        assertThat(FlagThresholds.read(properties)).isEqualTo(FlagThresholds.of(0.28));
    }
}
