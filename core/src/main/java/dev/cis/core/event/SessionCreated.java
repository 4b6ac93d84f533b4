package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A session started its process in a pseudo-terminal.
 *
 * @param agent the agent profile
 * @param pid   the process id
 */
public record SessionCreated(Instant ts, String sessionId, String runId, String taskId, int attempt, String agent,
        long pid) implements SessionEvent {

    public SessionCreated {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
