package io.highbar.interview.session.app;

import io.highbar.interview.session.ScoreOverride;
import reactor.core.publisher.Mono;

/** Where every score override is kept for calibration, besides the session itself. */
public interface OverrideLog {

    /** Idempotent by {@code overrideId}. */
    Mono<Void> record(ScoreOverride override);
}
