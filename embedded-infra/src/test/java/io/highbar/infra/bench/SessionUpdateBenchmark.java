package io.highbar.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.highbar.infra.EmbeddedMongoServer;
import io.highbar.infra.SharedTestInfrastructure;
import org.bson.Document;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the embedded store spends on one session write as interview-service makes it: a compare-and-set on
 * {@code {_id, revision}} that sets a few fields of a session holding {@code answers} answers (each with its text and
 * its evaluation stored as JSON text, about 9 KB), through the real driver and the wire server, on the file store with
 * the indexes interview-service creates. Not a test: run it with the command in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xms1g"})
public class SessionUpdateBenchmark {

    private static final String SESSION = "session-1";

    @Param({"1", "10", "30"})
    public int answers;

    private Path dir;
    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<Document> sessions;
    private long revision;

    @Setup(Level.Trial)
    public void startStore() throws IOException {
        dir = Files.createTempDirectory("session-update-bench");
        server = new EmbeddedMongoServer(SharedTestInfrastructure.freePort(), dir.resolve("store.mv")).start();
        client = MongoClients.create(server.connectionString("bench"));
        sessions = client.getDatabase("bench").getCollection("sessions");
        sessions.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().name("id_revision").unique(true));
        sessions.createIndex(Indexes.ascending("outboxPending"), new IndexOptions().name("outbox_pending"));
        sessions.createIndex(Indexes.ascending("candidateId", "createdMillis"), new IndexOptions().name("candidate"));
        sessions.createIndex(Indexes.ascending("status", "activityMillis"), new IndexOptions().name("live_idle"));
        for (int i = 0; i < 200; i++) {
            sessions.insertOne(session("other-" + i, 5));
        }
        sessions.insertOne(session(SESSION, answers));
        revision = 1;
    }

    @Benchmark
    public long compareAndSetWrite() {
        long matched = sessions.updateOne(new Document("_id", SESSION).append("revision", revision), Updates.combine(
                Updates.set("revision", revision + 1),
                Updates.set("activityMillis", System.currentTimeMillis()),
                Updates.set("answers." + (revision % answers) + ".status", revision % 2 == 0 ? "EVALUATED" : "PENDING"),
                Updates.set("outboxPending", revision % 2 == 0))).getMatchedCount();
        if (matched != 1) {
            throw new IllegalStateException("the compare-and-set missed at revision " + revision);
        }
        return ++revision;
    }

    @TearDown(Level.Trial)
    public void stopStore() throws IOException {
        client.close();
        server.stop();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static Document session(String id, int answerCount) {
        List<Document> answerList = new ArrayList<>();
        for (int i = 0; i < answerCount; i++) {
            answerList.add(new Document("id", id + "-a" + i).append("questionId", "q" + i).append("attempt", i + 1)
                    .append("text", text("When our checkout latency doubled I took it on myself. ", 2_000))
                    .append("status", "EVALUATED")
                    .append("evaluation", text("{\"signal\":\"ownership\",\"quote\":\"I took it on\",\"fix\":\"say what you did\"},", 7_000))
                    .append("submittedAt", "2026-11-27T20:00:00Z"));
        }
        return new Document("_id", id).append("revision", 1L).append("candidateId", "candidate")
                .append("createdMillis", 1L).append("status", "ASKING").append("activityMillis", 1L)
                .append("outboxPending", false).append("answers", answerList).append("events", List.of());
    }

    private static String text(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.toString();
    }
}
