package io.highbar.interview.limit;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** One token bucket per key (a user), kept in memory and forgotten once idle for a period. */
public final class RateLimiter {

    private final LimitProperties.Rate rate;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(LimitProperties.Rate rate) {
        this.rate = rate;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(rate.period().multipliedBy(2)).maximumSize(100_000)
                .build();
    }

    /** @return empty if the call may go ahead, else how long to wait */
    public Optional<Duration> tryAcquire(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.capacity())
                        .refillGreedy(rate.capacity(), rate.period()).build())
                .build();
    }
}
