package io.highbar.scoring.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.card.CompetencyCard;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.scoring.engine.ScoringEngine;
import io.highbar.scoring.engine.ScoringRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch scoring without Spring, Kafka or HTTP: {@code java -jar scoring-service.jar score < answers.jsonl}.
 * Input lines: {@code {"id","competencyId","question","answer","company"?,"targetLevel"?}}; output, in input
 * order: {@code {"id":...,"evaluation":{...}}} or {@code {"id":...,"error":"reason"}}. Cards come from the
 * classpath {@code cards/*.json} ({@link BundledCards}).
 */
public final class ScoreCli {

    private static final int CHUNK = 256;

    private final JsonMapper mapper = EventJson.mapper();
    private final java.util.concurrent.CompletableFuture<ScoringEngine> engine;
    private final Map<String, CompetencyCard> cards = BundledCards.all();

    public ScoreCli(ScoringEngine engine) {
        this(java.util.concurrent.CompletableFuture.completedFuture(engine));
    }

    private ScoreCli(java.util.concurrent.CompletableFuture<ScoringEngine> engine) {
        // every bundled card takes part in the competency-fit judgement
        this.engine = engine.thenApply(e -> {
            cards.values().forEach(e::register);
            return e;
        });
    }

    public static void main(String[] args) {
        try {
            int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
            // load the models on one core while this one warms up JSON and reads the cards
            ScoreCli cli = new ScoreCli(java.util.concurrent.CompletableFuture.supplyAsync(ScoringEngine::new));
            cli.run(System.in, System.out, threads);
            System.out.flush();
        } catch (IOException e) {
            System.err.println("score: " + e.getMessage());
            System.exit(1);
        }
    }

    public void run(InputStream in, OutputStream out, int threads) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "score");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            List<String> chunk = new ArrayList<>(CHUNK);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                chunk.add(line);
                if (chunk.size() == CHUNK) {
                    flush(chunk, pool, writer);
                }
            }
            flush(chunk, pool, writer);
        } finally {
            writer.flush();
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void flush(List<String> chunk, ExecutorService pool, Writer writer) throws IOException {
        if (pool == null) {
            for (String l : chunk) {
                writer.write(scoreLine(l));
                writer.write('\n');
            }
        } else {
            List<Future<String>> results = new ArrayList<>(chunk.size());
            for (String l : chunk) {
                results.add(pool.submit(() -> scoreLine(l)));
            }
            for (Future<String> f : results) {
                try {
                    writer.write(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                } catch (ExecutionException e) {
                    writer.write(error(null, String.valueOf(e.getCause())));
                }
                writer.write('\n');
            }
        }
        chunk.clear();
    }

    /** Scores one input line; never throws: a bad line becomes an error line. */
    public String scoreLine(String line) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (RuntimeException e) {
            return error(null, "invalid JSON");
        }
        if (node == null || !node.isObject()) {
            return error(null, "each line must be a JSON object");
        }
        JsonNode id = node.get("id");
        try {
            String competencyId = text(node, "competencyId");
            String answer = text(node, "answer");
            if (competencyId == null || competencyId.isBlank()) {
                return error(id, "missing competencyId");
            }
            if (answer == null) {
                return error(id, "missing answer");
            }
            CompetencyCard card = card(competencyId);
            if (card == null) {
                return error(id, "unknown competencyId: " + competencyId);
            }
            Evaluation evaluation = engine.join().evaluate(card, new ScoringRequest(text(node, "question"), answer,
                    text(node, "company"), text(node, "targetLevel")));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("evaluation", evaluation);
            return mapper.writeValueAsString(out);
        } catch (RuntimeException e) {
            return error(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return v.asString();
    }

    private String error(JsonNode id, String reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("error", reason);
        return mapper.writeValueAsString(out);
    }

    // ------------------------------------------------------------------ cards

    CompetencyCard card(String id) {
        return cards.get(id);
    }
}
