package io.highbar.interview.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param heartbeat how often an idle SSE stream gets a comment line, so proxies keep it open
 * @param presence  how often this instance tells its peers it is there; one silent for five of these counts as gone
 */
@ConfigurationProperties("highbar.stream")
public record LiveStreamProperties(Duration heartbeat, Duration presence) {

    public LiveStreamProperties {
        presence = presence == null ? Duration.ofSeconds(1) : presence;
    }

    /** How long a peer counts as present after it was last heard from. */
    public Duration peerTimeout() {
        return presence.multipliedBy(5);
    }
}
