package io.highbar.e2e;

/** Answers the journeys and the browser tests submit. */
public final class SampleAnswers {

    /** Self-initiated, pushes back, personal actions, a trade-off and a metric: every dimension has evidence. */
    public static final String STRONG = "Last spring I noticed that our payment webhook retries were silently dropping "
            + "about 0.3% of events. It was not on my sprint and nobody had flagged it, because the Platform team "
            + "owned the service. I pulled a week of logs, found the root cause in the retry backoff, and pushed back "
            + "on shipping the next release until it was fixed. I wrote the patch myself, added automated tests for "
            + "this class of bug and a dashboard alert, and convinced the Platform lead to review it that week. "
            + "We cut dropped events from 0.3% to 0.01%, which saved about $8K a week in refunds.";

    private SampleAnswers() {
    }
}
