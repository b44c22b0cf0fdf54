package io.highbar.scoring.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * classpath {@code cards/*.json}.
 */
public final class ScoreCli {

    private static final int CHUNK = 256;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private final JsonMapper mapper = EventJson.mapper();
    private final java.util.concurrent.CompletableFuture<ScoringEngine> engine;
    private final Map<String, CompetencyCard> cards = new ConcurrentHashMap<>();
    private volatile Map<String, CompetencyCard> scanned;

    public ScoreCli(ScoringEngine engine) {
        this.engine = java.util.concurrent.CompletableFuture.completedFuture(engine);
    }

    private ScoreCli(java.util.concurrent.CompletableFuture<ScoringEngine> engine) {
        this.engine = engine;
    }

    public static void main(String[] args) {
        try {
            int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
            // load the models on one core while this one warms up JSON and reads the cards
            ScoreCli cli = new ScoreCli(java.util.concurrent.CompletableFuture.supplyAsync(ScoringEngine::new));
            cli.scan();
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
        CompetencyCard c = cards.get(id);
        if (c != null) {
            return c;
        }
        if (SAFE_ID.matcher(id).matches()) {
            URL url = ScoreCli.class.getClassLoader().getResource("cards/" + id + ".json");
            if (url != null) {
                try (InputStream in = url.openStream()) {
                    c = mapper.readValue(in, CompetencyCard.class);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read card " + id, e);
                }
                if (id.equals(c.id())) {
                    cards.put(id, c);
                    return c;
                }
            }
        }
        c = scan().get(id);
        if (c != null) {
            cards.put(id, c);
        }
        return c;
    }

    /** Every classpath card by its id, for cards whose file name differs from their id. */
    private Map<String, CompetencyCard> scan() {
        Map<String, CompetencyCard> s = scanned;
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (scanned != null) {
                return scanned;
            }
            Map<String, CompetencyCard> found = new TreeMap<>();
            try {
                Enumeration<URL> dirs = ScoreCli.class.getClassLoader().getResources("cards");
                while (dirs.hasMoreElements()) {
                    URL dir = dirs.nextElement();
                    for (String name : list(dir)) {
                        try (InputStream in = new URL(dir.toString().replaceAll("/?$", "/") + name).openStream()) {
                            CompetencyCard c = mapper.readValue(in, CompetencyCard.class);
                            found.putIfAbsent(c.id(), c);
                        } catch (IOException | RuntimeException e) {
                            System.err.println("score: skipping card " + name + ": " + e.getMessage());
                        }
                    }
                }
            } catch (IOException e) {
                System.err.println("score: cannot list cards: " + e.getMessage());
            }
            scanned = found;
            return found;
        }
    }

    private static List<String> list(URL dir) throws IOException {
        List<String> names = new ArrayList<>();
        if (dir.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(dir.toString())))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                        .forEach(names::add);
            }
            return names;
        }
        URLConnection conn = dir.openConnection();
        if (conn instanceof JarURLConnection jar) {
            String prefix = jar.getEntryName() == null ? "cards/" : jar.getEntryName().replaceAll("/?$", "/");
            JarFile file = jar.getJarFile();
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String n = entries.nextElement().getName();
                if (n.startsWith(prefix) && n.endsWith(".json") && n.indexOf('/', prefix.length()) < 0) {
                    names.add(n.substring(prefix.length()));
                }
            }
        }
        names.sort(String::compareTo);
        return names;
    }
}
