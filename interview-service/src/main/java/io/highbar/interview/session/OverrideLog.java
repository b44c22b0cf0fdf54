package io.highbar.interview.session;

import reactor.core.publisher.Mono;

/** Where every score override is kept for calibration, besides the session itself. */
public interface OverrideLog {

    /** Idempotent by {@code overrideId}. */
    Mono<Void> record(ScoreOverride override);
}
