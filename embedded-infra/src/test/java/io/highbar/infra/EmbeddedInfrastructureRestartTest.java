package io.highbar.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `./highbar down` then `up` relies on: both stores keep their data across a restart. */
class EmbeddedInfrastructureRestartTest {

    @TempDir
    Path dir;

    @Test
    void kafkaKeepsItsRecordsAcrossARestartOnTheSameDirectory() throws Exception {
        int port = SharedTestInfrastructure.freePort();
        int controller = SharedTestInfrastructure.freePort();
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(port, controller, dir.resolve("kafka")).start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "k", "survives")).get();
            }
        }
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(port, controller, dir.resolve("kafka")).start();
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, UUID.randomUUID().toString(),
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kept"));
            String value = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (value == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    value = records.iterator().next().value();
                }
            }
            assertThat(value).isEqualTo("survives");
        }
    }

    @Test
    void theFileBackedWireServerKeepsDocumentsAcrossARestart() {
        int port = SharedTestInfrastructure.freePort();
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(port, file).start();
             MongoClient client = MongoClients.create(server.connectionString("db"))) {
            client.getDatabase("db").getCollection("c").insertOne(new Document("_id", "s1").append("v", 1));
        }
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(port, file).start();
             MongoClient client = MongoClients.create(server.connectionString("db"))) {
            assertThat(client.getDatabase("db").getCollection("c").find(new Document("_id", "s1")).first())
                    .containsEntry("v", 1);
        }
    }
}
