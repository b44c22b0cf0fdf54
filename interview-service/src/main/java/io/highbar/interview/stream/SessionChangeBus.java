package io.highbar.interview.stream;

import java.nio.charset.StandardCharsets;

import io.highbar.interview.session.SessionChangeListener;
import io.highbar.interview.session.SessionChanged;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Tells every interview-service instance that a session changed, so that a client streaming from
 * instance B sees what was written through instance A. Locally the notice is delivered at once; other
 * instances get it through the {@value #TOPIC} topic. A notice carries only the session id and the revision it
 * announces: streams read the events themselves from the session document, so order and completeness never depend
 * on the notice.
 */
@Component
public class SessionChangeBus implements SessionChangeListener {

    public static final String TOPIC = "interview.session-changed";
    static final String ORIGIN_HEADER = "origin";
    static final String REVISION_HEADER = "revision";
    private static final Logger log = LoggerFactory.getLogger(SessionChangeBus.class);

    private final Sinks.Many<SessionChanged> local = Sinks.many().multicast().directBestEffort();
    private final KafkaTemplate<String, String> kafka;
    private final String instanceId;

    public SessionChangeBus(KafkaTemplate<String, String> kafka, InstanceId instanceId) {
        this.kafka = kafka;
        this.instanceId = instanceId.value();
    }

    @Override
    public void sessionChanged(SessionChanged change) {
        deliverLocally(change);
        // never on the caller's thread (a request's event loop): with the broker gone, send() blocks for metadata
        // up to max.block.ms, which held answer submissions until the gateway gave up (found by the fault suite)
        Schedulers.boundedElastic().schedule(() -> publish(change.sessionId(), change.revision()));
    }

    private void publish(String sessionId, long revision) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, sessionId, sessionId);
        record.headers().add(ORIGIN_HEADER, instanceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(REVISION_HEADER, Long.toString(revision).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).whenComplete((r, e) -> {
                if (e != null) {
                    log.debug("Session change notice for {} not sent: {}", sessionId, e.toString());
                }
            });
        } catch (RuntimeException e) {
            log.debug("Session change notice for {} not sent: {}", sessionId, e.toString());
        }
    }

    /** A notice from another instance (or a local change). */
    void deliverLocally(SessionChanged change) {
        synchronized (local) {
            local.tryEmitNext(change);
        }
    }

    boolean fromThisInstance(String origin) {
        return instanceId.equals(origin);
    }

    /** Changed session ids, live; subscribers that fall behind must not hold others back. */
    public Flux<String> changes() {
        return local.asFlux().map(SessionChanged::sessionId);
    }

    /** The changes themselves, with the revision each one announces (and the session, when written here). */
    public Flux<SessionChanged> notices() {
        return local.asFlux();
    }
}
