package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A throttled preview of what a session prints (the bytes themselves never go through events).
 *
 * @param lastLine   the last non-empty line of the screen
 * @param totalBytes bytes printed so far
 */
public record SessionOutput(Instant ts, String sessionId, String lastLine, long totalBytes)
        implements SessionEvent {

    public SessionOutput {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
        lastLine = lastLine == null ? "" : lastLine;
    }
}
