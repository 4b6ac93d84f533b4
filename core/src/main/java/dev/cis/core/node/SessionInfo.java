package dev.cis.core.node;

import java.time.Instant;
import java.util.List;

/**
 * A live session as clients list it.
 *
 * @param sessionId   {@code run:task:attempt}
 * @param runId       its run
 * @param taskId      its task
 * @param attempt     attempt number
 * @param agent       agent profile
 * @param pid         process id
 * @param state       {@code running} or {@code blocked}
 * @param blockReason why it waits for a person, null when running
 * @param signal      which detector saw it blocked, null when running
 * @param screen      the screen lines that matched, empty when running
 * @param startedAt   when the session started
 * @param bytesOut    bytes it printed
 * @param lastLine    the last non-empty line it printed
 */
public record SessionInfo(String sessionId, String runId, String taskId, int attempt, String agent, long pid,
        String state, String blockReason, String signal, List<String> screen, Instant startedAt, long bytesOut,
        String lastLine) {

    public SessionInfo {
        screen = screen == null ? List.of() : List.copyOf(screen);
    }

    public boolean blocked() {
        return "blocked".equals(state);
    }
}
