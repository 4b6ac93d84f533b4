package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A session's process exited.
 *
 * @param exitCode its exit code
 */
public record SessionCompleted(Instant ts, String sessionId, int exitCode) implements SessionEvent {

    public SessionCompleted {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
