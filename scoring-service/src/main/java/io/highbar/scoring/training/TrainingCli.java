package io.highbar.scoring.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.cli.BundledCards;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import io.highbar.scoring.engine.learn.Models;
import tools.jackson.databind.JsonNode;

/**
 * {@code train}, {@code report} and {@code compare}, without Spring, Kafka or HTTP:
 * <pre>
 * java -jar scoring-service.jar train --out DIR [--at-once N] [--held-out FILE.tsv] corpus/answers/train.jsonl \
 *     corpus/answers/dev.jsonl [overrides.jsonl]
 * java -jar scoring-service.jar report corpus/answers/test.jsonl [--models DIR] [--baseline NAME=evaluations.jsonl]
 * java -jar scoring-service.jar compare corpus/held-out/SHIPPED.tsv.gz CANDIDATE.tsv [--answers corpus/answers]
 * </pre>
 */
public final class TrainingCli {

    private TrainingCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            usage();
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        switch (args[0]) {
            case "train" -> train(rest);
            case "report" -> report(rest);
            case "compare" -> compare(rest);
            default -> usage();
        }
    }

    private static void train(List<String> args) throws IOException {
        Path out = Path.of(option(args, "--out", "scoring-service/src/main/resources/" + Models.LOCATION));
        Folds folds = folds(option(args, "--at-once", String.valueOf(Folds.DEFAULT_AT_ONCE)));
        String heldOut = option(args, "--held-out", null);
        List<Path> files = args.stream().map(Path::of).toList();
        if (files.isEmpty()) {
            usage();
        }
        long started = System.nanoTime();
        new Trainer(BundledCards.all(), System.out::println, folds, heldOut == null ? null : Path.of(heldOut))
                .train(files, out);
        System.out.printf("models written to %s in %.0f s%n", out, (System.nanoTime() - started) / 1e9);
    }

    /** How many of a stage's fold models train at once: two by default, one where memory is short. */
    private static Folds folds(String atOnce) {
        try {
            return new Folds(Integer.parseInt(atOnce));
        } catch (IllegalArgumentException e) {
            System.err.println("--at-once takes how many models to train at once, 1 or more, not " + atOnce);
            System.exit(2);
            throw e;
        }
    }

    private static void report(List<String> args) throws IOException {
        String models = option(args, "--models", null);
        String dump = option(args, "--evaluations", null);
        Map<String, Path> baselines = new LinkedHashMap<>();
        String b;
        while ((b = option(args, "--baseline", null)) != null) {
            int eq = b.indexOf('=');
            baselines.put(b.substring(0, eq), Path.of(b.substring(eq + 1)));
        }
        if (args.size() != 1) {
            usage();
        }
        Path split = Path.of(args.get(0));
        List<CorpusAnswer> answers = Corpus.read(split);
        Map<String, CompetencyCard> cards = BundledCards.all();
        Map<String, CorpusReport.Figures> columns = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : baselines.entrySet()) {
            columns.put(e.getKey(), CorpusReport.figures(answers, stored(e.getValue()), cards));
        }
        int differing = 0;
        Map<String, Evaluation> mine = new LinkedHashMap<>();
        try (ScoringEngine engine = new ScoringEngine(models == null ? Models.load() : Models.load(Path.of(models)))) {
            cards.values().forEach(engine::register);
            for (CorpusAnswer a : answers) {
                CompetencyCard card = cards.get(a.competencyId());
                ScoringRequest request = new ScoringRequest(a.question(), a.answer(), null, null);
                Evaluation first = engine.evaluate(card, request);
                Evaluation second = engine.evaluate(card, request);
                if (!EventJson.write(first).equals(EventJson.write(second))) {
                    differing++;
                }
                mine.put(a.id(), first);
            }
        }
        CorpusReport.Figures figures = CorpusReport.figures(answers, mine, cards);
        columns.put("learned evaluator " + ScoringEngine.VERSION, figures);
        String name = split.getFileName().toString().replace(".jsonl", "");
        System.out.println("split " + split + " sha256 " + Corpus.sha256(split));
        System.out.println();
        System.out.print(CorpusReport.table(name, columns));
        System.out.println("| determinism: answers whose two evaluations differ | 0 | "
                + "– |".repeat(baselines.size()) + " " + differing + " |");
        System.out.println();
        System.out.println("QWK by kind of signal: " + figures.kindQwk());
        System.out.println("flag F1 by kind of flag (raised and labelled / raised only / labelled only): "
                + figures.flagsByKind());
        System.out.println("adversarial answers over 2.0: " + figures.adversarialOver2());
        if (dump != null) {
            StringBuilder lines = new StringBuilder();
            mine.forEach((id, e) -> lines.append("{\"id\":\"").append(id).append("\",\"evaluation\":")
                    .append(EventJson.write(e)).append("}\n"));
            Files.writeString(Path.of(dump), lines.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Held-out grade files compared on the answers all of them grade, the shipped evaluator's first. */
    private static void compare(List<String> args) throws IOException {
        Path answers = Path.of(option(args, "--answers", "corpus/answers"));
        if (args.size() < 2) {
            usage();
        }
        if (!Files.isDirectory(answers)) {
            System.err.println("no corpus answers at " + answers + " (the pairs need their stories): give --answers DIR");
            System.exit(2);
        }
        List<Map<String, HeldOutComparison.Row>> files = new ArrayList<>();
        for (String f : args) {
            files.add(HeldOutComparison.read(Path.of(f)));
        }
        HeldOutComparison.lines(args, files, HeldOutComparison.stories(answers)).forEach(System.out::println);
    }

    /** Evaluations as the batch CLI writes them: {"id","evaluation"} per line. */
    static Map<String, Evaluation> stored(Path file) throws IOException {
        Map<String, Evaluation> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = EventJson.mapper().readTree(line);
            if (node.hasNonNull("evaluation")) {
                out.put(node.get("id").asString(), EventJson.mapper().treeToValue(node.get("evaluation"),
                        Evaluation.class));
            }
        }
        return out;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) {
            return fallback;
        }
        String v = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return v;
    }

    private static void usage() {
        System.err.println("usage: train [--out DIR] [--at-once N] [--held-out FILE.tsv] CORPUS.jsonl...\n"
                + "       report SPLIT.jsonl [--models DIR] [--baseline NAME=EVALUATIONS.jsonl]... [--evaluations OUT]\n"
                + "       compare SHIPPED-HELD-OUT.tsv[.gz] CANDIDATE-HELD-OUT.tsv[.gz]... [--answers DIR]");
        System.exit(2);
    }
}
