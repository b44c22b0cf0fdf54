package io.highbar.interview.session.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ends sessions nobody touched for {@code highbar.sessions.idle-expiry} (EXPIRED, with its session-completed event).
 * Every instance sweeps; only one of them can append the entry after a session's last one, and the idle check runs
 * again on the session as the log holds it, so a session answered meanwhile stays live.
 */
@Component
public class ExpirySweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

    private final SessionService sessions;
    private final SessionProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    public ExpirySweep(SessionService sessions, SessionProperties properties, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many sessions this call expired */
    public long sweep() {
        Long expired = sessions.expireIdle(clock.instant().minus(properties.idleExpiry()))
                .count().block(Duration.ofMinutes(1));
        return expired == null ? 0 : expired;
    }

    @Override
    public void start() {
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "session-expiry-sweep");
            t.setDaemon(true);
            return t;
        });
        long period = properties.expirySweep().toMillis();
        ex.scheduleWithFixedDelay(() -> {
            try {
                long expired = sweep();
                if (expired > 0) {
                    log.info("Expired {} idle sessions", expired);
                }
            } catch (RuntimeException e) {
                log.warn("Expiry sweep failed, next one in {}: {}", properties.expirySweep(), e.toString());
            }
        }, period, period, TimeUnit.MILLISECONDS);
        executor = ex;
    }

    @Override
    public void stop() {
        ScheduledExecutorService ex = executor;
        executor = null;
        if (ex != null) {
            ex.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
