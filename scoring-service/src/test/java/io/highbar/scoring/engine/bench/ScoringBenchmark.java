package io.highbar.scoring.engine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;

/**
 * Per-answer latency of the full evaluation against its floor, the sentence embeddings of the same answer alone
 * ({@code embeddingFloor}: sentence split plus the sentence model), on 150/300/600-word answers, one thread, in a
 * 256 MB heap. Not a test: run it with the command in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
public class ScoringBenchmark {

    public static final String STORY = "Last year I was a backend engineer on the checkout team of an online retailer. "
            + "While reading an unrelated alert, I noticed that the Platform team's webhook service was silently "
            + "dropping about 0.3% of payment events; it was not on my sprint and nobody had flagged it. I dug into "
            + "the logs, traced the drops to a retry handler that swallowed timeouts, and wrote a patch with "
            + "regression tests. The Platform team wanted to ship a quick workaround, but I pushed back and "
            + "presented data showing we were losing about $8K per week, which convinced their lead to delay the "
            + "release by two days. I paired with their on-call engineer to roll the fix out behind a flag, added a "
            + "dashboard for delivery rates and updated the runbook so the next person would not have to rediscover "
            + "the failure mode. After my fix, dropped events fell from 0.3% to 0.01% and payment support tickets "
            + "dropped by 40%. I also proposed an alert on delivery rates so this class of failure is caught in "
            + "future releases, and three other teams adopted it within a month. Looking back, I learned to ask who "
            + "is watching a metric before I trust it. ";

    @Param({"150", "300", "600"})
    public int words;

    ScoringEngine engine;
    CompetencyCard card;
    String answer;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        engine = new ScoringEngine();
        io.highbar.scoring.cli.BundledCards.all().values().forEach(engine::register);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "cards/insist-on-highest-standards.json")) {
            card = EventJson.mapper().readValue(in, CompetencyCard.class);
        }
        answer = answerOf(words);
        engine.evaluate(card, new ScoringRequest("q", answer, "Amazon", "SENIOR"));
    }

    public static String answerOf(int words) {
        StringBuilder b = new StringBuilder();
        String[] w = STORY.split(" ");
        int n = 0;
        while (n < words) {
            b.append(w[n % w.length]).append(' ');
            n++;
        }
        String s = b.toString().trim();
        return s.endsWith(".") ? s : s + ".";
    }

    @Benchmark
    public Evaluation evaluate() {
        return engine.evaluate(card, new ScoringRequest("q", answer, "Amazon", "SENIOR"));
    }

    @Benchmark
    public int embeddingFloor() {
        return engine.embedSentences(answer);
    }

    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Evaluation evaluateTwoThreads() {
        return engine.evaluate(card, new ScoringRequest("q", answer, "Amazon", "SENIOR"));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ScoringBenchmark.class.getSimpleName()).build()).run();
    }
}
