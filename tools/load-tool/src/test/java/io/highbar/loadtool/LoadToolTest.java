package io.highbar.loadtool;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The runs end to end against {@link StubPlatform}: no platform, no broker. */
class LoadToolTest {

    private record Run(int exit, String out, String err) {
        JsonNode json() {
            String[] lines = out.strip().split("\n");
            return Gateway.JSON.readTree(lines[lines.length - 1]);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = LoadTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(30)
    void steadyLoadMeasuresEveryAnswerUntilItsEvaluationArrives() throws Exception {
        try (StubPlatform platform = new StubPlatform()) {
            Run run = run("--gateway", platform.url(), "--candidates", "4", "--rate", "20", "--duration", "2s",
                    "--warmup", "500ms", "--grace", "3s", "--kafka-samples", "0", "--username", "candidate",
                    "--password", "candidate-local", "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("no sign-in: POST /api/auth/token answered 404")
                    .contains("latency").contains("p99").contains("kafka        skipped")
                    .contains("machine      " + Machine.current().describe());
            JsonNode json = run.json();
            assertThat(json.path("mode").asString()).isEqualTo("steady");
            assertThat(json.path("machine").path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(json.path("sent").asLong()).isBetween(20L, 52L); // fewer if the machine is very busy
            assertThat(json.path("accepted").asLong()).isEqualTo(json.path("sent").asLong());
            assertThat(json.path("evaluated").asLong()).isEqualTo(json.path("accepted").asLong());
            assertThat(json.path("lost").asLong()).isZero();
            assertThat(json.path("duplicates").asLong()).isZero();
            assertThat(json.path("latency").path("p50Ms").asDouble()).isBetween(15.0, 5000.0);
            assertThat(json.path("throughput").asDouble()).isBetween(5.0, 25.0);
            assertThat(json.path("verdicts").path("RAISES_THE_BAR").asLong()).isEqualTo(json.path("evaluated").asLong());
        }
    }

    @Test
    @Timeout(30)
    void stalledStreamsAreRequestedBesideEachCandidatesOwnAndNothingIsLost() throws Exception {
        try (StubPlatform platform = new StubPlatform()) {
            Run run = run("--gateway", platform.url(), "--candidates", "3", "--rate", "10", "--duration", "1s",
                    "--warmup", "0s", "--grace", "3s", "--kafka-samples", "0", "--stalled-streams", "2", "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("stalled      2 more streams per session, requested and never read");
            assertThat(platform.freshStreams).hasSize(3)
                    .allSatisfy((session, streams) -> assertThat(streams.get()).as(session).isEqualTo(3));
            JsonNode json = run.json();
            assertThat(json.path("stalledStreamsPerSession").asInt()).isEqualTo(2);
            assertThat(json.path("evaluated").asLong()).isEqualTo(json.path("accepted").asLong()).isPositive();
            assertThat(json.path("lost").asLong()).isZero();
        }
    }

    @Test
    @Timeout(30)
    void theFleetSignsInOnceForAllItsCandidates() throws Exception {
        try (StubPlatform platform = new StubPlatform()) {
            Run run = run("--gateway", platform.url(), "--burst", "12", "--grace", "5s", "--username", "candidate",
                    "--password", "candidate-local", "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.json().path("evaluated").asLong()).isEqualTo(12);
            assertThat(platform.signIns.get()).isEqualTo(1);
        }
    }

    @Test
    void largeFleetsGetALongerSetupBound() {
        assertThat(Fleet.setupBound(50)).isEqualTo(Fleet.SETUP_BOUND_NANOS);
        assertThat(Fleet.setupBound(5_000)).isEqualTo(TimeUnit.SECONDS.toNanos(200));
    }

    @Test
    @Timeout(30)
    void aBurstReportsTheDrainTimeAndDuplicateEvaluationsAreCounted() throws Exception {
        try (StubPlatform platform = new StubPlatform()) {
            platform.duplicateEvaluations = true;
            Run run = run("--gateway", platform.url(), "--burst", "10", "--grace", "5s", "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("drain").contains("all settled");
            JsonNode json = run.json();
            assertThat(json.path("evaluated").asLong()).isEqualTo(10);
            assertThat(json.path("duplicates").asLong()).isEqualTo(10);
            assertThat(json.path("drained").asBoolean()).isTrue();
            assertThat(json.path("drainSeconds").asDouble()).isPositive();
        }
    }

    @Test
    @Timeout(30)
    void idleStreamsAreHeldAndASampleIsAnswered() throws Exception {
        try (StubPlatform platform = new StubPlatform()) {
            Run run = run("--gateway", platform.url(), "--idle-streams", "12", "--idle-hold", "1s",
                    "--idle-sample", "3", "--grace", "5s", "--metrics", platform.url() + "/actuator/none", "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode json = run.json();
            assertThat(json.path("connected").asLong()).isEqualTo(12);
            assertThat(json.path("stillOpen").asLong()).isEqualTo(12);
            assertThat(json.path("sampleLatency").path("count").asLong()).isEqualTo(3);
            assertThat(run.out()).contains("heap").contains("n/a");
        }
    }

    @Test
    @Timeout(30)
    void oneEvaluationReachesEveryStreamOfItsSessionExactlyOnce() throws Exception {
        try (StubPlatform platform = new StubPlatform()) {
            Run run = run("--gateway", platform.url(), "--idle-streams", "20", "--streams-per-session", "5",
                    "--idle-hold", "1s", "--idle-sample", "2", "--grace", "5s",
                    "--metrics", platform.url() + "/actuator/none", "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode json = run.json();
            assertThat(json.path("sessions").asLong()).isEqualTo(4);
            assertThat(json.path("connected").asLong()).isEqualTo(20);
            assertThat(json.path("fanOutExpected").asLong()).isEqualTo(10);
            assertThat(json.path("fanOutDelivered").asLong()).isEqualTo(10);
            assertThat(json.path("lastStreamLatency").path("count").asLong()).isEqualTo(2);
            assertThat(run.out()).contains("duplicates 0");
        }
    }

    @Test
    @Timeout(30)
    void aStreamThatEndsIsResumedWithLastEventIdAndNothingIsLost() throws Exception {
        try (StubPlatform platform = new StubPlatform()) {
            platform.dropStreamAfterEvaluation = true;
            Run run = run("--gateway", platform.url(), "--candidates", "2", "--rate", "4", "--duration", "2s",
                    "--warmup", "0", "--grace", "5s", "--answers-per-candidate", "2", "--kafka-samples", "0",
                    "--json");

            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode json = run.json();
            assertThat(json.path("evaluated").asLong()).isEqualTo(4);
            assertThat(json.path("lost").asLong()).isZero();
            assertThat(json.path("duplicates").asLong()).isZero();
            assertThat(json.path("errors").path("stream:reconnect").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(platform.lastEventIds).isNotEmpty().allSatisfy(id -> assertThat(Long.parseLong(id)).isPositive());
        }
    }

    @Test
    void refusesNonLoopbackTargetsAndBadOptionsWithExitCode2() {
        Run remote = run("--gateway", "http://192.0.2.10:8080");
        assertThat(remote.exit()).isEqualTo(2);
        assertThat(remote.err()).startsWith("load-tool: --gateway: refusing target '192.0.2.10'");
        assertThat(remote.out()).isEmpty();

        Run bad = run("--candidates", "many");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--candidates: 'many' is not a whole number");

        assertThat(run("--help").out()).startsWith("usage: java -jar load-tool.jar");
    }
}
