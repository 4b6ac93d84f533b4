package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A session could not start or was lost (e.g. its process died with the node).
 *
 * @param reason what went wrong
 */
public record SessionFailed(Instant ts, String sessionId, String reason) implements SessionEvent {

    public SessionFailed {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
