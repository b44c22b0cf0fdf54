package io.highbar.content.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.highbar.contracts.EventJson;
import io.highbar.contracts.Topics;
import io.highbar.contracts.card.RubricPublished;
import io.highbar.infra.SharedTestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the rubric topic of the shared test broker from the beginning with a plain consumer, as a scorer would. */
public final class RubricTopic {

    private RubricTopic() {
    }

    /** Every record published so far under {@code competencyId}, oldest first; each must carry the event type header. */
    public static List<RubricPublished> readAll(String competencyId) {
        List<RubricPublished> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records()) {
            if (record.key().equals(competencyId)) {
                Header type = record.headers().lastHeader(Topics.EVENT_TYPE_HEADER);
                if (type == null || !RubricPublished.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                    throw new AssertionError("record without " + Topics.EVENT_TYPE_HEADER + "=" + RubricPublished.TYPE);
                }
                events.add(EventJson.read(record.value(), RubricPublished.class));
            }
        }
        return events;
    }

    private static List<ConsumerRecord<String, String>> records() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedTestInfrastructure.kafkaBootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            TopicPartition partition = new TopicPartition(Topics.RUBRIC_PUBLISHED, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The topic's configuration as the broker reports it. */
    public static Map<String, String> config() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", SharedTestInfrastructure.kafkaBootstrapServers());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(properties)) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, Topics.RUBRIC_PUBLISHED);
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            Map<String, String> values = new java.util.HashMap<>();
            config.entries().forEach(entry -> values.put(entry.name(), entry.value()));
            values.put("partitions", String.valueOf(admin.describeTopics(List.of(Topics.RUBRIC_PUBLISHED))
                    .allTopicNames().get().get(Topics.RUBRIC_PUBLISHED).partitions().size()));
            return values;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
