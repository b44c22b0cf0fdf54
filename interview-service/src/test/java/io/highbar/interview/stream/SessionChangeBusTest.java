package io.highbar.interview.stream;

import io.highbar.interview.session.store.SessionChanged;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.highbar.infra.SharedTestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Change notices go through Kafka only while another instance is there to read them, and a peer heard from for the
 * first time gets the changes made just before: its streams may have read those sessions while it was not known.
 * Against the embedded broker.
 */
class SessionChangeBusTest {

    private static String bootstrap;
    private DefaultKafkaProducerFactory<String, String> producers;
    private Consumer<String, String> topic;
    private SessionChangeBus bus;
    private final List<SessionChanged> local = new ArrayList<>();

    @BeforeAll
    static void createTopic() throws Exception {
        bootstrap = SharedTestInfrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(SessionChangeBus.TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @BeforeEach
    void openBusAndTopic() {
        producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        bus = new SessionChangeBus(new KafkaTemplate<>(producers), new InstanceId(),
                new PeerInstances(Duration.ofSeconds(30), System::nanoTime));
        bus.notices().subscribe(local::add);
        topic = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = topic.partitionsFor(SessionChangeBus.TOPIC).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        topic.assign(partitions);
        topic.seekToEnd(partitions);
        partitions.forEach(topic::position);
    }

    @AfterEach
    void close() {
        topic.close();
        producers.destroy();
    }

    @Test
    void aLoneInstanceDeliversItsChangesLocallyAndSendsNoneThroughKafka() {
        String session = UUID.randomUUID().toString();

        bus.sessionChanged(new SessionChanged(session, 4));

        assertThat(local).extracting(SessionChanged::sessionId).containsExactly(session);
        assertThat(noticesFor(session, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aPeerHeardFromForTheFirstTimeIsSentTheChangesKeptThenEveryNewOne() {
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        bus.sessionChanged(new SessionChanged(before, 3));
        bus.sessionChanged(new SessionChanged(before, 4));

        assertThat(bus.heardFrom("instance-b")).isTrue();
        bus.sessionChanged(new SessionChanged(after, 1));

        assertThat(revisionsUntil(List.of(before, after), Duration.ofSeconds(20)))
                .containsEntry(before, "4").containsEntry(after, "1");
    }

    @Test
    void itsOwnRecordsAreNotAPeer() {
        InstanceId self = new InstanceId();
        SessionChangeBus alone = new SessionChangeBus(new KafkaTemplate<>(producers), self,
                new PeerInstances(Duration.ofSeconds(30), System::nanoTime));
        String session = UUID.randomUUID().toString();

        assertThat(alone.heardFrom(self.value())).isFalse();
        alone.sessionChanged(new SessionChanged(session, 1));

        assertThat(noticesFor(session, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aChangeWakesTheStreamsOfItsOwnSessionOnly() {
        String watched = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        var subscriptions = List.of(bus.changesOf(watched).subscribe(first::add),
                bus.changesOf(watched).subscribe(second::add), bus.changesOf(other).subscribe(elsewhere::add));

        bus.sessionChanged(new SessionChanged(watched, 1));
        bus.sessionChanged(new SessionChanged(UUID.randomUUID().toString(), 1));
        bus.sessionChanged(new SessionChanged(watched, 2));

        assertThat(first).containsExactly(watched, watched);
        assertThat(second).containsExactly(watched, watched);
        assertThat(elsewhere).isEmpty();
        subscriptions.forEach(reactor.core.Disposable::dispose);
    }

    @Test
    void aStreamThatEndsStopsWatchingItsSession() {
        String session = UUID.randomUUID().toString();
        var one = bus.changesOf(session).subscribe();
        var two = bus.changesOf(session).subscribe();
        assertThat(bus.sessionsWatched()).isEqualTo(1);

        one.dispose();
        assertThat(bus.sessionsWatched()).isEqualTo(1);
        two.dispose();
        assertThat(bus.sessionsWatched()).isZero();
        bus.sessionChanged(new SessionChanged(session, 1));
    }

    @Test
    void aStreamNotReadingKeepsOnlyTheLatestChangeAndHoldsNoOtherBack() {
        String session = UUID.randomUUID().toString();
        List<String> slow = new ArrayList<>();
        List<String> reading = new ArrayList<>();
        var paused = new reactor.core.publisher.BaseSubscriber<String>() {
            @Override
            protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
                // asks for nothing yet: a client that is not reading
            }

            @Override
            protected void hookOnNext(String value) {
                slow.add(value);
            }
        };
        bus.changesOf(session).subscribe(paused);
        var live = bus.changesOf(session).subscribe(reading::add);

        for (int revision = 1; revision <= 5; revision++) {
            bus.sessionChanged(new SessionChanged(session, revision));
        }
        assertThat(reading).hasSize(5);
        assertThat(slow).isEmpty();

        paused.request(10);
        assertThat(slow).containsExactly(session);
        paused.dispose();
        live.dispose();
    }

    private List<ConsumerRecord<String, String>> noticesFor(String session, Duration during) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline) {
            topic.poll(Duration.ofMillis(200)).forEach(r -> {
                if (session.equals(r.key())) {
                    found.add(r);
                }
            });
        }
        return found;
    }

    /** The newest revision announced on the topic for each of {@code sessions}, once all of them were seen. */
    private Map<String, String> revisionsUntil(List<String> sessions, Duration timeout) {
        Map<String, String> newest = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !newest.keySet().containsAll(sessions)) {
            topic.poll(Duration.ofMillis(200)).forEach(r -> {
                if (sessions.contains(r.key())) {
                    newest.put(r.key(), new String(r.headers().lastHeader(SessionChangeBus.REVISION_HEADER).value(),
                            StandardCharsets.UTF_8));
                }
            });
        }
        return newest;
    }
}
