package dev.cis.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A session waits for a person to answer.
 *
 * @param reason      what it waits for, in words
 * @param signal      which detector fired (e.g. {@code pattern:permission}, {@code osc9}, {@code silence})
 * @param screenLines the last lines of its screen
 * @param choices     answers it offers, empty when free text
 */
public record SessionBlocked(Instant ts, String sessionId, String reason, String signal, List<String> screenLines,
        List<String> choices) implements SessionEvent {

    public SessionBlocked {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(sessionId, "sessionId");
        screenLines = screenLines == null ? List.of() : List.copyOf(screenLines);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
