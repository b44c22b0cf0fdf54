package io.highbar.interview.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.infra.EmbeddedMongoServer;
import io.highbar.infra.SharedTestInfrastructure;
import io.highbar.interview.LegacyStoreFixture;
import io.highbar.interview.session.CardDigest;
import io.highbar.interview.session.Plan;
import io.highbar.interview.session.PlannedQuestion;
import io.highbar.interview.session.Session;
import io.highbar.interview.session.SessionMode;
import io.highbar.interview.session.store.SessionStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * The session write path of one answer, as interview-service runs it: the answer stored ({@code submit}), then its
 * evaluation recorded, two changes through {@link SessionStore#update}, on a DRILL session that already holds
 * {@code answers} evaluated answers (a real scorer's evaluation, about 3 KB), through the real driver and the
 * embedded wire server on its file store, beside 100 other sessions. Each measured answer goes to a session built
 * for it, so the session's length is the parameter's.
 * <pre>
 * ./mvnw -q -pl interview-service -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * cd interview-service
 * java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.openjdk.jmh.Main AnswerWriteBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 40)
@Measurement(iterations = 120)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Xms1g"})
public class AnswerWriteBenchmark {

    private static final String QUESTION = "c.direct.1";
    private static final String TEXT = "When our checkout latency doubled after a release, nobody owned the fix. "
            .repeat(24);

    @Param({"1", "10", "30", "59"})
    int answers;

    private Path dir;
    private EmbeddedMongoServer server;
    private MongoClient client;
    private SessionStore store;
    private Evaluation evaluation;
    private String session;

    @Setup(Level.Trial)
    public void startStore() throws IOException {
        dir = Files.createTempDirectory("answer-write-bench");
        server = new EmbeddedMongoServer(SharedTestInfrastructure.freePort(), dir.resolve("store.mv")).start();
        client = MongoClients.create(server.connectionString("bench"));
        store = new SessionStore(new ReactiveMongoTemplate(client, "bench"), change -> { }, new SimpleMeterRegistry());
        store.createIndexes().block();
        evaluation = LegacyStoreFixture.realEvaluation();
        for (int i = 0; i < 100; i++) {
            sessionWithAnswers(5);
        }
    }

    /** A fresh session of the parameter's length for each measured answer, built outside the measurement. */
    @Setup(Level.Iteration)
    public void freshSession() {
        session = sessionWithAnswers(answers);
    }

    @Benchmark
    public Session answerStoredThenEvaluated() {
        return answer(session);
    }

    private String sessionWithAnswers(int count) {
        String id = UUID.randomUUID().toString();
        Plan plan = new Plan(List.of(new PlannedQuestion(QUESTION, "Tell me about a time you owned a problem.", "c")),
                0, 0, 0);
        CardDigest card = new CardDigest("c", "C", List.of(new CardDigest.Signal("initiative", "Initiative", 1.0)),
                List.of());
        store.insert(Session.start(id, "candidate", SessionMode.DRILL, null, "SDE2", plan, List.of(card),
                Instant.now())).block();
        for (int i = 0; i < count; i++) {
            answer(id);
        }
        return id;
    }

    private Session answer(String id) {
        String answerId = UUID.randomUUID().toString();
        store.update(id, s -> s.submit(answerId, QUESTION, TEXT, Instant.now(), 60)).block();
        return store.update(id, s -> s.recordEvaluation(new AnswerEvaluated(answerId, id, evaluation, Instant.now()),
                Instant.now())).block();
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
}
