package io.highbar.loadtool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The raw Kafka round trip on the platform's broker: produce a record the size of a typical AnswerSubmitted
 * (same producer settings as the platform: {@code acks=all}, idempotence) to {@code loadtest.roundtrip} and
 * time until a consumer assigned to the partition polls it. Sequential, one record in flight, after 10
 * unmeasured warm-up round trips. Bounded: 5 s per record, 3 lost records abort the measurement.
 */
public final class KafkaRoundTrip {

    public static final String TOPIC = "loadtest.roundtrip";
    static final int WARMUP = 10;

    /** The measurement, or why there is none. */
    public record Result(LatencySummary latency, int recordBytes, String error) {
    }

    private KafkaRoundTrip() {
    }

    /** A JSON AnswerSubmitted as interview-service publishes it, with a typical answer text. */
    public static byte[] typicalAnswerSubmitted(Corpus corpus) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("answerId", UUID.randomUUID().toString());
        value.put("sessionId", UUID.randomUUID().toString());
        value.put("questionId", "insist-on-highest-standards.direct.1");
        value.put("questionText", "Tell me about a time you refused to compromise on quality even though it "
                + "would have been faster to ship.");
        value.put("competencyId", "insist-on-highest-standards");
        value.put("text", corpus.typical());
        value.put("company", null);
        value.put("targetLevel", null);
        value.put("submittedAt", Instant.now().toString());
        return Gateway.JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    public static Result measure(String bootstrap, byte[] payload, int samples) {
        try {
            ensureTopic(bootstrap);
        } catch (Exception e) {
            return new Result(null, payload.length, "cannot create or find " + TOPIC + ": " + message(e));
        }
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producerProps.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        producerProps.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        Map<Long, Long> received = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(),
                new ByteArraySerializer());
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps,
                     new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            String runId = UUID.randomUUID().toString();
            Thread poller = new Thread(() -> {
                while (!stop.get()) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        ByteBuffer key = ByteBuffer.wrap(r.key());
                        if (r.key().length == 44 && runId.equals(new String(Arrays.copyOf(r.key(), 36),
                                StandardCharsets.US_ASCII))) {
                            received.put(key.getLong(36), now);
                        }
                    }
                }
            }, "load-kafka-poller");
            poller.setDaemon(true);
            poller.start();
            List<Long> latencies = new ArrayList<>();
            int lost = 0;
            for (long i = 0; i < samples + WARMUP; i++) {
                byte[] key = ByteBuffer.allocate(44).put(runId.getBytes(StandardCharsets.US_ASCII)).putLong(i)
                        .array();
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, key, payload));
                long deadline = sent + TimeUnit.SECONDS.toNanos(5);
                Long arrived;
                while ((arrived = received.get(i)) == null && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(50_000); // the poller stamps the arrival; this only paces sends
                }
                if (arrived == null) {
                    if (++lost >= 3) {
                        stop.set(true);
                        poller.join(2_000);
                        return new Result(null, payload.length, "3 records did not come back within 5 s");
                    }
                } else if (i >= WARMUP) {
                    latencies.add(arrived - sent);
                }
            }
            stop.set(true);
            poller.join(2_000);
            return new Result(LatencySummary.ofNanos(latencies), payload.length, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, payload.length, "interrupted");
        } catch (RuntimeException e) {
            stop.set(true);
            return new Result(null, payload.length, message(e));
        }
    }

    private static void ensureTopic(String bootstrap) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(TOPIC)) {
                return;
            }
            try {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private static String message(Throwable e) {
        Throwable root = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
