package io.highbar.interview.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One thread that runs a sweep at a fixed delay from start to stop: what each outbox relay uses to publish what its
 * immediate publish missed. Stopping waits up to ten seconds for a sweep under way.
 */
public final class PeriodicSweep {

    private final String threadName;
    private final Runnable sweep;
    private volatile ScheduledExecutorService executor;

    public PeriodicSweep(String threadName, Runnable sweep) {
        this.threadName = threadName;
        this.sweep = sweep;
    }

    public synchronized void start(Duration every) {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, threadName));
            executor.scheduleWithFixedDelay(sweep, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public void stop() {
        ScheduledExecutorService ex;
        synchronized (this) {
            ex = executor;
            executor = null;
        }
        if (ex != null) {
            ex.shutdown();
            try {
                ex.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return executor != null;
    }
}
