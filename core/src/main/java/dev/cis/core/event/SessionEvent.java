package dev.cis.core.event;

/**
 * An event of one session. A session id is {@code run:task:attempt}; {@link #runId()} and {@link #taskId()} are
 * read from it (null for a session that does not belong to a run).
 */
public sealed interface SessionEvent extends CisEvent
        permits SessionCreated, SessionBlocked, SessionRecovered, SessionKilled, SessionCompleted, SessionFailed {

    String sessionId();

    @Override
    default String runId() {
        return part(sessionId(), 0);
    }

    /** The task of the session, or null when the session id is not {@code run:task:attempt}. */
    default String taskId() {
        return part(sessionId(), 1);
    }

    private static String part(String sessionId, int index) {
        String[] parts = sessionId.split(":", -1);
        return parts.length == 3 ? parts[index] : null;
    }
}
