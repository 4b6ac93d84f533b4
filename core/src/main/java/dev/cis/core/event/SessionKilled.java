package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A session's process was killed.
 *
 * @param reason why (timeout, cancelled run, a person's request)
 */
public record SessionKilled(Instant ts, String sessionId, String reason) implements SessionEvent {

    public SessionKilled {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
