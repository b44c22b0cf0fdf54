package io.highbar.scoring.admin;

import java.util.ArrayDeque;
import java.util.Deque;

import io.highbar.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Answers per second into the scoring topic and evaluations per second out of it, for the whole group:
 * sampled from the topics' end offsets every 2 seconds, averaged over the last 10 seconds.
 */
@Component
public class ThroughputSampler {

    private static final Logger log = LoggerFactory.getLogger(ThroughputSampler.class);
    private static final int WINDOW_SAMPLES = 6;

    private final ScoringGroup group;
    private final Deque<Sample> samples = new ArrayDeque<>();

    public ThroughputSampler(ScoringGroup group) {
        this.group = group;
    }

    @Scheduled(fixedDelay = 2000, initialDelay = 1000)
    void sample() {
        try {
            Sample sample = new Sample(System.nanoTime(), group.recordsIn(Topics.ANSWER_SUBMITTED),
                    group.recordsIn(Topics.ANSWER_EVALUATED));
            synchronized (samples) {
                samples.addLast(sample);
                while (samples.size() > WINDOW_SAMPLES) {
                    samples.removeFirst();
                }
            }
        } catch (Exception e) {
            log.debug("Throughput sample skipped: {}", e.toString());
        }
    }

    public Rates rates() {
        synchronized (samples) {
            if (samples.size() < 2) {
                return new Rates(0, 0);
            }
            Sample first = samples.getFirst();
            Sample last = samples.getLast();
            double seconds = (last.nanos() - first.nanos()) / 1e9;
            return new Rates(round((last.in() - first.in()) / seconds), round((last.out() - first.out()) / seconds));
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private record Sample(long nanos, long in, long out) {
    }

    public record Rates(double answersPerSecondIn, double evaluationsPerSecondOut) {
    }
}
