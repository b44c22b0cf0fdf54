package io.highbar.interview.stream;

import io.highbar.interview.session.store.SessionChangeListener;
import io.highbar.interview.session.store.SessionChanged;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Tells every interview-service instance that a session changed, so that a client streaming from
 * instance B sees what was written through instance A. Locally the notice is delivered at once; other
 * instances get it through the {@value #TOPIC} topic, while there are any ({@link PeerInstances}): a lone
 * instance keeps its notices local. A notice carries only the session id and the revision it announces: streams
 * read the events themselves from the session's log, so order and completeness never depend on the notice.
 * <p>
 * The changes of the last {@value #RECENT_SECONDS} seconds are kept, so that a peer heard from for the first time
 * (a new instance, or one back after a silence) gets those sent while it was not known: its streams may have
 * read a session just before such a change.
 */
@Component
public class SessionChangeBus implements SessionChangeListener {

    public static final String TOPIC = "interview.session-changed";
    static final String ORIGIN_HEADER = "origin";
    static final String REVISION_HEADER = "revision";
    /** Marks a presence record: an instance saying it is there, about no session. */
    static final String PRESENCE_HEADER = "presence";
    static final int RECENT_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(SessionChangeBus.class);

    private final Sinks.Many<SessionChanged> local = Sinks.many().multicast().directBestEffort();
    /**
     * The streams of each session, apart from {@link #local}: a change wakes only its own session's streams, where
     * every stream filtering every change cost each change a step per open stream on the instance.
     */
    private final Map<String, Set<FluxSink<String>>> bySession = new ConcurrentHashMap<>();
    private final KafkaTemplate<String, String> kafka;
    private final String instanceId;
    private final PeerInstances peers;
    /** Session id to the newest revision changed here lately. */
    private final Cache<String, Long> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(RECENT_SECONDS)).maximumSize(100_000).build();

    @Autowired
    public SessionChangeBus(KafkaTemplate<String, String> kafka, InstanceId instanceId,
                            LiveStreamProperties properties) {
        this(kafka, instanceId, new PeerInstances(properties.peerTimeout(), System::nanoTime));
    }

    SessionChangeBus(KafkaTemplate<String, String> kafka, InstanceId instanceId, PeerInstances peers) {
        this.kafka = kafka;
        this.instanceId = instanceId.value();
        this.peers = peers;
    }

    @Override
    public void sessionChanged(SessionChanged change) {
        deliverLocally(change);
        // kept before looking for peers: a peer arriving meanwhile replays it (heardFrom), so none falls in between
        recent.asMap().merge(change.sessionId(), change.revision(), Math::max);
        if (peers.anyPresent()) {
            // never on the caller's thread (a request's event loop): with the broker gone, send() blocks for metadata
            // up to max.block.ms, which held answer submissions until the gateway gave up (found by the fault suite)
            Schedulers.boundedElastic().schedule(() -> publish(change.sessionId(), change.revision()));
        }
    }

    /**
     * A record on the topic from {@code origin}. From a peer not present until now, this instance sends the changes
     * it kept, which that peer may not have been sent.
     *
     * @return whether the record came from another instance
     */
    boolean heardFrom(String origin) {
        if (origin == null || instanceId.equals(origin)) {
            return false;
        }
        if (peers.heard(origin)) {
            log.info("Interview-service instance {} is present: session change notices now go through Kafka", origin);
            Schedulers.boundedElastic().schedule(() -> recent.asMap().forEach(this::publish));
        }
        return true;
    }

    /** Tells the other instances this one is there, so that they send it their change notices. */
    void announcePresence() {
        Schedulers.boundedElastic().schedule(() -> {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, instanceId, "");
            record.headers().add(ORIGIN_HEADER, instanceId.getBytes(StandardCharsets.UTF_8));
            record.headers().add(PRESENCE_HEADER, new byte[0]);
            send(record, "presence");
        });
    }

    private void publish(String sessionId, long revision) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, sessionId, sessionId);
        record.headers().add(ORIGIN_HEADER, instanceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(REVISION_HEADER, Long.toString(revision).getBytes(StandardCharsets.UTF_8));
        send(record, sessionId);
    }

    private void send(ProducerRecord<String, String> record, String what) {
        try {
            kafka.send(record).whenComplete((r, e) -> {
                if (e != null) {
                    log.debug("Session change notice ({}) not sent: {}", what, e.toString());
                }
            });
        } catch (RuntimeException e) {
            log.debug("Session change notice ({}) not sent: {}", what, e.toString());
        }
    }

    /** A notice from another instance (or a local change). */
    void deliverLocally(SessionChanged change) {
        synchronized (local) {
            local.tryEmitNext(change);
        }
        Set<FluxSink<String>> streams = bySession.get(change.sessionId());
        if (streams != null) {
            streams.forEach(stream -> stream.next(change.sessionId()));
        }
    }

    /**
     * Changes of one session, live. A subscriber that is not reading keeps only the latest (the id is all a
     * notice says), so a slow one holds no one back.
     */
    public Flux<String> changesOf(String sessionId) {
        return Flux.create(stream -> {
            bySession.compute(sessionId, (id, streams) -> {
                Set<FluxSink<String>> all = streams != null ? streams : ConcurrentHashMap.newKeySet();
                all.add(stream);
                return all;
            });
            stream.onDispose(() -> bySession.computeIfPresent(sessionId, (id, streams) -> {
                streams.remove(stream);
                return streams.isEmpty() ? null : streams;
            }));
        }, FluxSink.OverflowStrategy.LATEST);
    }

    /** Sessions with at least one stream waiting for their changes here. */
    int sessionsWatched() {
        return bySession.size();
    }

    /** Changed session ids of every session, live; subscribers that fall behind must not hold others back. */
    public Flux<String> changes() {
        return local.asFlux().map(SessionChanged::sessionId);
    }

    /** The changes themselves, with the revision each one announces (and the session, when written here). */
    public Flux<SessionChanged> notices() {
        return local.asFlux();
    }
}
