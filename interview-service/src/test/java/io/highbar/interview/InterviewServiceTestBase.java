package io.highbar.interview;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.answer.AnswerSubmitted;
import io.highbar.contracts.evaluation.AnswerEvaluated;
import io.highbar.contracts.evaluation.Evaluation;
import io.highbar.infra.SharedTestInfrastructure;
import io.highbar.infra.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * interview-service against a real Kafka broker and a MongoDB wire server; the test plays the scorer.
 * All component tests share this configuration, hence one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
abstract class InterviewServiceTestBase {

    static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    /** Each test is its own candidate, so per-user limits and ownership never leak between tests. */
    final String candidate = "candidate-" + UUID.randomUUID();

    @BeforeEach
    void signIn() {
        http = http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, bearer(candidate, "CANDIDATE")).build();
    }

    static String bearer(String subject, String... roles) {
        return "Bearer " + TestIssuer.shared().token(subject, roles);
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedTestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedTestInfrastructure.mongoUri("interview-test"));
        registry.add("highbar.content.base-url", FakeContentService::baseUrl);
        registry.add("highbar.stream.heartbeat", () -> "1s");
        registry.add("highbar.auth.jwks-uri", () -> TestIssuer.shared().jwksUri());
        registry.add("highbar.auth.issuer", () -> TestIssuer.shared().issuer());
        registry.add("highbar.outbox.poll-interval", () -> "200ms");
        registry.add("logging.level.org.apache.kafka", () -> "WARN");
        registry.add("logging.level.kafka", () -> "WARN");
    }

    String createSession() {
        return http.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("competencyId", FakeContentService.COMPETENCY, "mode", "DRILL"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    String submit(String sessionId, String text) {
        return http.post().uri("/api/sessions/{id}/answers", sessionId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", FakeContentService.QUESTION_ID, "text", text))
                .exchange().expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("answerId").toString();
    }

    Flux<ServerSentEvent<String>> stream(String sessionId, String lastEventId) {
        return stream(sessionId, lastEventId, bearer(candidate, "CANDIDATE"));
    }

    Flux<ServerSentEvent<String>> stream(String sessionId, String lastEventId, String authorization) {
        WebClient.RequestHeadersSpec<?> request = WebClient.create("http://localhost:" + port).get()
                .uri("/api/sessions/{id}/events", sessionId).accept(MediaType.TEXT_EVENT_STREAM)
                .header(HttpHeaders.AUTHORIZATION, authorization);
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        return request.retrieve().bodyToFlux(SSE).filter(e -> e.event() != null);
    }

    /** Reads the {@code AnswerSubmitted} events of one session from the topic, waiting up to {@code wait}. */
    static List<AnswerSubmitted> publishedAnswers(String sessionId, int expected, Duration wait) {
        List<AnswerSubmitted> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.ANSWER_SUBMITTED));
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline && found.size() < expected) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (sessionId.equals(r.key())) {
                        found.add(EventJson.read(r.value(), AnswerSubmitted.class));
                    }
                }
            }
        }
        return found;
    }

    static RecordMetadata publish(String topic, String key, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until interview-service's consumer group has committed past {@code record}: it was processed. */
    static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedTestInfrastructure.kafkaBootstrapServers()))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("interview-service")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                if (committed != null && committed.offset() > record.offset()) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("interview-service did not consume " + record);
    }

    /** What the scorer would publish for an answer. */
    static AnswerEvaluated evaluationOf(AnswerSubmitted answer, int score) {
        Evaluation evaluation = new Evaluation(answer.competencyId(), 3.0, "LEAN_HIRE", score, "SDE1", List.of(),
                List.of(), new Evaluation.Star(10, 4, List.of(), ""), null, "test evaluation", null, null, 1, "test");
        return new AnswerEvaluated(answer.answerId(), answer.sessionId(), evaluation, Instant.now());
    }

    /** A client of this instance signed in as {@code subject}: exactly one Authorization header. */
    WebTestClient as(String subject, String... roles) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .defaultHeader(HttpHeaders.AUTHORIZATION, bearer(subject, roles)).build();
    }

    /** Creates a session from a JSON body as the test's candidate; returns the response body. */
    Map<String, Object> createSession(String json) {
        return http.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                .exchange().expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    /** Submits an answer to {@code questionId}; returns the response body ({@code answerId}, {@code overTime}). */
    Map<String, Object> answer(String sessionId, String questionId, String text) {
        return http.post().uri("/api/sessions/{id}/answers", sessionId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("questionId", questionId, "text", text))
                .exchange().expectStatus().isAccepted()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    /** The n-th (1-based) answer of the session as published to Kafka. */
    static AnswerSubmitted published(String sessionId, int n) {
        List<AnswerSubmitted> answers = publishedAnswers(sessionId, n, Duration.ofSeconds(20));
        if (answers.size() < n) {
            throw new AssertionError("answer " + n + " of " + sessionId + " was not published");
        }
        return answers.get(n - 1);
    }

    /** What the scorer would publish for an answer, with these dimension scores (in this order). */
    static AnswerEvaluated evaluationOf(AnswerSubmitted answer, Map<String, Integer> scores, double overall,
                                        String level, List<Evaluation.Flag> flags) {
        List<Evaluation.DimensionScore> dimensions = scores.entrySet().stream()
                .map(e -> new Evaluation.DimensionScore(e.getKey(), "Title of " + e.getKey(), e.getValue(), List.of(),
                        "Feedback on " + e.getKey()))
                .toList();
        Evaluation evaluation = new Evaluation(answer.competencyId(), overall, "LEAN_HIRE", (int) (overall * 25), level,
                dimensions, flags, new Evaluation.Star(100, 40, List.of(
                        new Evaluation.StarSegment("SITUATION", 0.5, 20, 0, 10),
                        new Evaluation.StarSegment("ACTION", 0.5, 20, 10, 20)), "Spend less time on the situation."),
                null, "test evaluation", null, null, 1, "test");
        return new AnswerEvaluated(answer.answerId(), answer.sessionId(), evaluation, Instant.now());
    }

    /** Plays the scorer: evaluates the n-th answer of the session with these scores. */
    static void evaluate(String sessionId, int n, Map<String, Integer> scores) {
        publish(Topics.ANSWER_EVALUATED, sessionId, EventJson.write(evaluationOf(published(sessionId, n), scores, 3.0,
                "SDE2", List.of())));
    }

    /** Waits for the session's event with this seq and returns it. */
    ServerSentEvent<String> eventAt(String sessionId, long seq) {
        ServerSentEvent<String> e = stream(sessionId, Long.toString(seq - 1)).blockFirst(Duration.ofSeconds(30));
        if (e == null || !Long.toString(seq).equals(e.id())) {
            throw new AssertionError("expected event " + seq + " of " + sessionId + ", got " + e);
        }
        return e;
    }

    static tools.jackson.databind.JsonNode json(String text) {
        return EventJson.mapper().readTree(text);
    }

    static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(props);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
