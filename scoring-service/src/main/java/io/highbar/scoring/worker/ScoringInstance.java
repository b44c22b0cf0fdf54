package io.highbar.scoring.worker;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Names this scoring-service process among the workers of the consumer group: its consumer client ids start
 * with {@link #clientIdPrefix()}, so the group's member list tells which instance holds which partitions.
 */
@Component("scoringInstance")
public class ScoringInstance {

    private final String id = "scoring-" + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }

    public String clientIdPrefix() {
        return id;
    }

    /** The instance a consumer client id belongs to ({@code scoring-1a2b3c4d-0} → {@code scoring-1a2b3c4d}). */
    public static String instanceOf(String clientId) {
        int dash = clientId.lastIndexOf('-');
        return dash > 0 ? clientId.substring(0, dash) : clientId;
    }
}
