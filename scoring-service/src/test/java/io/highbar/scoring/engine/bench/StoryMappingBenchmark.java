package io.highbar.scoring.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mapping one 300-word story against every bundled card, as scoring-service does for each saved story version: one
 * reading (sentence split and embeddings), then a judgement per card. One thread, 256 MB heap. Not a test: run it
 * with the command in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx256m", "-Xms256m"})
public class StoryMappingBenchmark {

    ScoringEngine engine;
    List<CompetencyCard> cards;
    ScoringRequest story;

    @Setup(Level.Trial)
    public void setup() {
        engine = new ScoringEngine();
        cards = new ArrayList<>(BundledCards.all().values());
        cards.forEach(engine::register);
        story = new ScoringRequest(null, ScoringBenchmark.answerOf(300), null, null);
        engine.evaluateAgainst(cards, story);
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }

    @Benchmark
    public List<Evaluation> mapAgainstEveryCard() {
        return engine.evaluateAgainst(cards, story);
    }
}
