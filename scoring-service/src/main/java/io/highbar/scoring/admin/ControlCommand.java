package io.highbar.scoring.admin;

import java.time.Instant;

/**
 * An admin's instruction to scoring workers, broadcast on {@value #TOPIC} so that it reaches the instance it
 * names whichever instance took the HTTP request.
 *
 * @param instanceId the instance to act on, or {@value #ALL}
 * @param threads    the new concurrency, for {@link Action#SET_CONCURRENCY}
 */
public record ControlCommand(Action action, String instanceId, Integer threads, Instant issuedAt) {

    public static final String TOPIC = "scoring.control";
    public static final String ALL = "all";

    public enum Action { SET_CONCURRENCY, PAUSE, RESUME }

    boolean appliesTo(String instance) {
        return ALL.equals(instanceId) || instance.equals(instanceId);
    }
}
