package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A blocked session went on.
 *
 * @param how by input from a person, by an automatic answer, or detected (it went on by itself)
 */
public record SessionRecovered(Instant ts, String sessionId, How how) implements SessionEvent {

    public SessionRecovered {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(how, "how");
    }

    /** What unblocked the session. */
    public enum How {
        INPUT, AUTO, DETECTED
    }
}
