package io.highbar.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import io.highbar.scoring.engine.learn.Models;

/** Training is reproducible: the same corpus gives models that score every answer the same. */
class TrainerTest {

    @Test
    void trainingTwiceOnTheSameCorpusGivesTheSameEvaluations(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("small.jsonl");
        List<String> lines = Files.readAllLines(CorpusTest.ANSWERS.resolve("train.jsonl")).stream()
                .filter(l -> !l.isBlank())
                .filter(l -> "ownership".equals(EventJson.mapper().readValue(l, CorpusAnswer.class).competencyId()))
                .toList();
        assertThat(lines).hasSizeGreaterThan(40);
        Files.write(corpus, lines);
        var cards = BundledCards.all();
        new Trainer(cards, line -> { }).train(List.of(corpus), dir.resolve("a"));
        new Trainer(cards, line -> { }).train(List.of(corpus), dir.resolve("b"));

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
}
