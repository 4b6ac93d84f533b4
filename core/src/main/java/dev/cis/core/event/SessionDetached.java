package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A client detached from a session's terminal.
 *
 * @param client who detached
 */
public record SessionDetached(Instant ts, String sessionId, String client) implements SessionEvent {

    public SessionDetached {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
