package io.highbar.interview.stream;

import io.highbar.interview.session.store.SessionChanged;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the session-change notices of all instances (every partition, from the end, no consumer group:
 * each instance needs all of them) and hands those of other instances to the local streams. Announces this
 * instance to the others once it reads the topic and every {@code highbar.stream.presence} after that, so that
 * they send it their notices.
 */
@Component
public class SessionChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SessionChangeFeed.class);

    private final ConsumerFactory<String, String> consumers;
    private final SessionChangeBus bus;
    private final Duration presence;
    private volatile Consumer<String, String> consumer;
    private volatile Thread thread;

    public SessionChangeFeed(ConsumerFactory<String, String> consumers, SessionChangeBus bus,
                             LiveStreamProperties properties) {
        this.consumers = consumers;
        this.bus = bus;
        this.presence = properties.presence();
    }

    @Override
    public void start() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        Consumer<String, String> c = consumers.createConsumer(null, "session-changes", null, overrides);
        List<TopicPartition> partitions = c.partitionsFor(SessionChangeBus.TOPIC, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        c.assign(partitions);
        c.seekToEnd(partitions);
        partitions.forEach(c::position);
        consumer = c;
        thread = new Thread(this::run, "session-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Consumer<String, String> c = consumer;
        long nextPresence = System.nanoTime();
        try {
            while (consumer != null) {
                if (System.nanoTime() - nextPresence >= 0) {
                    bus.announcePresence();
                    nextPresence = System.nanoTime() + presence.toNanos();
                }
                for (ConsumerRecord<String, String> record : c.poll(presence)) {
                    Header origin = record.headers().lastHeader(SessionChangeBus.ORIGIN_HEADER);
                    boolean fromPeer = origin == null
                            || bus.heardFrom(new String(origin.value(), StandardCharsets.UTF_8));
                    if (fromPeer && record.headers().lastHeader(SessionChangeBus.PRESENCE_HEADER) == null) {
                        bus.deliverLocally(new SessionChanged(record.key(), revision(record)));
                    }
                }
            }
        } catch (WakeupException e) {
            // stop() woke us up
        } catch (RuntimeException e) {
            log.error("Session change feed stopped; live streams of this instance only see local changes", e);
        } finally {
            c.close(Duration.ofSeconds(2));
        }
    }

    private static long revision(ConsumerRecord<String, String> record) {
        Header revision = record.headers().lastHeader(SessionChangeBus.REVISION_HEADER);
        try {
            return revision == null ? SessionChanged.UNKNOWN_REVISION
                    : Long.parseLong(new String(revision.value(), StandardCharsets.UTF_8));
        } catch (NumberFormatException e) {
            return SessionChanged.UNKNOWN_REVISION;
        }
    }

    @Override
    public void stop() {
        Consumer<String, String> c = consumer;
        consumer = null;
        if (c != null) {
            c.wakeup();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return consumer != null;
    }
}
