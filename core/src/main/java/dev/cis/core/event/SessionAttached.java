package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A client attached to a session's terminal.
 *
 * @param client who attached (e.g. {@code gui}, {@code cli:1234})
 */
public record SessionAttached(Instant ts, String sessionId, String client) implements SessionEvent {

    public SessionAttached {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
