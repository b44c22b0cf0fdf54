package io.highbar.e2e.faults;

import java.time.Duration;
import java.util.Locale;

/**
 * What the clients saw in one fault scenario.
 *
 * @param accepted   answers the gateway answered 202 for
 * @param refused    submissions refused (503/504/errors) and sent again later
 * @param evaluated  answers whose {@code answer-evaluated} event reached the candidate's stream
 * @param failed     answers whose {@code answer-failed} event reached the stream
 * @param duplicates events a stream delivered twice, and answers settled more than once
 * @param lost       accepted answers never settled on the stream, plus events the streams skipped
 * @param recovery   from the fault to the settling of the last answer it caught (sent before the fault was over)
 *                   or delayed (POST to evaluation above 2 s, or twice the slowest before the fault)
 * @param reconnects stream connection attempts after the first (dropped by the client, ended by the server, or
 *                   refused while interview-service was down: a browser retries every half second)
 */
record ScenarioResult(String scenario, String fault, int accepted, int refused, int evaluated, int failed,
                      int duplicates, int lost, Duration recovery, Duration maxLatency, int reconnects, String notes) {

    static String header() {
        return "| Scenario | Fault | Accepted (202) | Refused, retried | Evaluated at clients | Failed (expected) "
                + "| Duplicates | Lost | Recovery | Max POST→evaluated | Stream reconnections | Notes |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %.1f s | %.1f s | %d | %s |%n",
                scenario, fault, accepted, refused, evaluated, failed, duplicates, lost, recovery.toMillis() / 1000.0,
                maxLatency.toMillis() / 1000.0, reconnects, notes);
    }
}
