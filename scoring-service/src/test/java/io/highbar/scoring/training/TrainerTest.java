package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import io.highbar.scoring.engine.learn.Models;

/**
 * Training is reproducible: the same corpus gives models that score every answer the same, whether a stage's fold
 * models are trained one at a time or two at a time.
 */
class TrainerTest {

    /** Enough answers for every model to be fitted (held-out folds included); more only lengthens the build. */
    private static final int SMALL_CORPUS = 40;

    @Test
    void trainingTwiceOnTheSameCorpusOneOrTwoModelsAtATimeGivesTheSameEvaluations(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("small.jsonl");
        List<String> lines = Files.readAllLines(CorpusTest.ANSWERS.resolve("train.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .filter(l -> "ownership".equals(EventJson.mapper().readValue(l, CorpusAnswer.class).competencyId()))
                .limit(SMALL_CORPUS)
                .toList();
        assertThat(lines).hasSize(SMALL_CORPUS);
        Files.write(corpus, lines);
        // the answers' card and one other, so the stages that compare principles have two to compare; every card
        // more adds its phrases to embed and its exemplars to fit, twice, and shows nothing more of reproducibility
        var all = BundledCards.all();
        var cards = new TreeMap<>(Map.of("ownership", all.get("ownership"), "frugality", all.get("frugality")));
        // two trainings at once: each owns its readers and learners, and on two cores this halves the wait
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> train(cards, corpus, dir.resolve("b"), 2));
        train(cards, corpus, dir.resolve("a"), 1);
        second.join();

        CompetencyCard card = cards.get("ownership");
        try (ScoringEngine a = new ScoringEngine(Models.load(dir.resolve("a")));
             ScoringEngine b = new ScoringEngine(Models.load(dir.resolve("b")))) {
            for (CorpusAnswer answer : Corpus.read(CorpusTest.ANSWERS.resolve("dev.jsonl")).subList(0, 12)) {
                ScoringRequest request = new ScoringRequest(answer.question(), answer.answer(), null, null);
                assertThat(EventJson.write(a.evaluate(card, request)))
                        .isEqualTo(EventJson.write(b.evaluate(card, request)));
            }
        }
        assertThat(Files.readString(dir.resolve("a").resolve(Models.THRESHOLDS)))
                .isEqualTo(Files.readString(dir.resolve("b").resolve(Models.THRESHOLDS)));
    }

    private static void train(Map<String, CompetencyCard> cards, Path corpus, Path out, int atOnce) {
        try {
            new Trainer(cards, line -> { }, new Folds(atOnce)).train(List.of(corpus), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
