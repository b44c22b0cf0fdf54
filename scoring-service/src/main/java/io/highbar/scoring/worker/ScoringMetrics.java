package io.highbar.scoring.worker;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** Micrometer meters of this instance: answers scored, failures, and the time to evaluate one answer. */
@Component
public class ScoringMetrics {

    private final Timer evaluation;
    private final Counter scored;

    public ScoringMetrics(MeterRegistry registry) {
        this.evaluation = Timer.builder("highbar.scoring.evaluation")
                .description("Time to evaluate one answer and publish its evaluation")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.scored = Counter.builder("highbar.scoring.answers").description("Answers scored").register(registry);
    }

    void recorded(long nanos) {
        evaluation.record(nanos, TimeUnit.NANOSECONDS);
        scored.increment();
    }

    public Timer evaluationTimer() {
        return evaluation;
    }
}
