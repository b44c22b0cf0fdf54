package io.highbar.scoring.engine.bench;

import java.io.InputStream;
import java.util.Arrays;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;

/**
 * Warm in-process loop for profiling (JFR) and for the evaluate / floor ratio on a loaded machine: evaluation
 * and floor alternate call by call, so both see the same contention. Not a test: see BENCHMARKS.md.
 * Arguments: words (300), warm-up calls (300), measured calls (1500).
 */
public final class WarmLoop {

    private WarmLoop() {
    }

    public static void main(String[] args) throws Exception {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
        ScoringEngine engine = new ScoringEngine();
        io.highbar.scoring.cli.BundledCards.all().values().forEach(engine::register);
        CompetencyCard card;
        try (InputStream in = WarmLoop.class.getClassLoader().getResourceAsStream(
                "cards/insist-on-highest-standards.json")) {
            card = EventJson.mapper().readValue(in, CompetencyCard.class);
        }
        String answer = ScoringBenchmark.answerOf(words);
        ScoringRequest request = new ScoringRequest("q", answer, "Amazon", "SENIOR");
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += engine.evaluate(card, request).score() + engine.embedSentences(answer);
        }
        long[] eval = new long[n];
        long[] floor = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            sink += engine.evaluate(card, request).score();
            long t1 = System.nanoTime();
            sink += engine.embedSentences(answer);
            long t2 = System.nanoTime();
            eval[i] = t1 - t0;
            floor[i] = t2 - t1;
        }
        Arrays.sort(eval);
        Arrays.sort(floor);
        System.out.printf("words=%d n=%d evaluate p50 %.2f ms p99 %.2f ms | floor p50 %.2f ms p99 %.2f ms | "
                        + "ratio p50 %.2f (sink %d)%n", words, n, ms(eval, 0.5), ms(eval, 0.99), ms(floor, 0.5),
                ms(floor, 0.99), ms(eval, 0.5) / ms(floor, 0.5), sink);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
    }
}
