package io.highbar.loadtool;

import java.time.Duration;

import io.highbar.loadtool.Options.Mode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void defaultsAreASteadyRunAgainstTheLocalPlatform() {
        Options o = Options.parse();
        assertThat(o.mode()).isEqualTo(Mode.STEADY);
        assertThat(o.gateway().toString()).isEqualTo("http://localhost:8080");
        assertThat(o.kafka()).isEqualTo("localhost:9092");
        assertThat(o.candidates()).isEqualTo(50);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.signIn()).isFalse();
        assertThat(o.json()).isFalse();
    }

    @Test
    void parsesTheDocumentedCommandLine() {
        Options o = Options.parse("--gateway", "http://127.0.0.1:8080/", "--kafka", "localhost:9092",
                "--candidates", "80", "--rate", "12.5", "--duration", "2m", "--warmup", "500ms", "--grace=0",
                "--answers-per-candidate", "3", "--username", "candidate", "--password", "candidate-local",
                "--json", "--kafka-samples", "0");
        assertThat(o.gateway().toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(o.candidates()).isEqualTo(80);
        assertThat(o.rate()).isEqualTo(12.5);
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.grace()).isZero();
        assertThat(o.answersPerCandidate()).isEqualTo(3);
        assertThat(o.signIn()).isTrue();
        assertThat(o.json()).isTrue();
        assertThat(o.kafkaSamples()).isZero();
        assertThat(o.steadyBound()).isEqualTo(Duration.ofMillis(120_500));
    }

    @Test
    void idleStreamsAndBurstAreModes() {
        Options idle = Options.parse("--idle-streams", "500", "--idle-hold", "90s", "--idle-sample", "10");
        assertThat(idle.mode()).isEqualTo(Mode.IDLE_STREAMS);
        assertThat(idle.idleStreams()).isEqualTo(500);
        assertThat(idle.idleHold()).isEqualTo(Duration.ofSeconds(90));
        assertThat(idle.idleSample()).isEqualTo(10);
        assertThat(Options.parse("--idle-streams", "5").idleSample()).as("sample capped at streams").isEqualTo(5);

        Options burst = Options.parse("--burst", "200");
        assertThat(burst.mode()).isEqualTo(Mode.BURST);
        assertThat(burst.burst()).isEqualTo(200);

        assertThatThrownBy(() -> Options.parse("--burst", "10", "--idle-streams", "10"))
                .hasMessageContaining("separate modes");
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> Options.parse("--candidatez", "5"))
                .isInstanceOf(UsageException.class).hasMessage("unknown option '--candidatez' (see --help)");
        assertThatThrownBy(() -> Options.parse("--rate"))
                .isInstanceOf(UsageException.class).hasMessage("--rate needs a value");
        assertThatThrownBy(() -> Options.parse("--rate", "--json"))
                .hasMessage("--rate needs a value");
        assertThatThrownBy(() -> Options.parse("--rate", "fast"))
                .hasMessage("--rate: 'fast' is not a number");
        assertThatThrownBy(() -> Options.parse("--rate", "0"))
                .hasMessageContaining("--rate must be greater than 0");
        assertThatThrownBy(() -> Options.parse("--candidates", "0"))
                .hasMessage("--candidates must be between 1 and 5000, was 0");
        assertThatThrownBy(() -> Options.parse("--candidates", "2.5"))
                .hasMessage("--candidates: '2.5' is not a whole number");
        assertThatThrownBy(() -> Options.parse("--duration", "soon"))
                .hasMessage("--duration: 'soon' is not a duration (e.g. 500ms, 30s, 2m)");
        assertThatThrownBy(() -> Options.parse("--duration", "0s"))
                .hasMessage("--duration must be more than zero, was 0s");
        assertThatThrownBy(() -> Options.parse("--duration", "2h"))
                .hasMessage("--duration must be at most 1h, was 2h");
        assertThatThrownBy(() -> Options.parse("--username", "candidate"))
                .hasMessage("--username and --password go together");
        assertThatThrownBy(() -> Options.parse("--gateway", "http://10.1.2.3:8080"))
                .hasMessageContaining("only targets loopback");
        assertThatThrownBy(() -> Options.parse("--kafka", "10.1.2.3:9092"))
                .hasMessageContaining("only targets loopback");
        assertThatThrownBy(() -> Options.parse("--help")).isInstanceOf(Options.HelpRequested.class);
    }

    @Test
    void stalledStreamsGoWithSteadyLoadOnAPlainHttpGateway() {
        assertThat(Options.parse().stalledStreams()).isZero();
        assertThat(Options.parse("--stalled-streams", "3").stalledStreams()).isEqualTo(3);
        assertThatThrownBy(() -> Options.parse("--stalled-streams", "21"))
                .hasMessage("--stalled-streams must be between 0 and 20, was 21");
        assertThatThrownBy(() -> Options.parse("--stalled-streams", "3", "--burst", "10"))
                .isInstanceOf(UsageException.class).hasMessageContaining("is for steady load");
        assertThatThrownBy(() -> Options.parse("--stalled-streams", "3", "--gateway", "https://localhost:8443"))
                .isInstanceOf(UsageException.class).hasMessageContaining("plain http:// gateway");
    }

    @Test
    void theLatencyLogMustBeAFileInAFolderThatExists(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertThat(Options.parse().latencyLog()).isNull();
        assertThat(Options.parse("--latency-log", dir.resolve("run.csv").toString()).latencyLog())
                .isEqualTo(dir.resolve("run.csv").toAbsolutePath());
        assertThatThrownBy(() -> Options.parse("--latency-log", dir.resolve("missing/run.csv").toString()))
                .isInstanceOf(UsageException.class).hasMessageContaining("folder must exist");
        assertThatThrownBy(() -> Options.parse("--latency-log", dir.toString()))
                .isInstanceOf(UsageException.class).hasMessageContaining("cannot write");
    }

    @Test
    void durationsAreShownAsTheOptionsTakeThem() {
        assertThat(Options.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(Options.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(Options.format(Duration.ofSeconds(120))).isEqualTo("2m");
        assertThat(Options.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    }
}
