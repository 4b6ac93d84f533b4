package dev.cis.core.model;

import java.util.Objects;

/**
 * Names one attempt of one task of one run. Its {@link #sessionId()} ({@code run:task:attempt}) is the id of the
 * session that runs the attempt.
 *
 * @param runId   the run
 * @param taskId  the task in the run
 * @param attempt 1 for the first attempt, then 2, 3, ...
 */
public record AttemptKey(String runId, String taskId, int attempt) {

    public AttemptKey {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(taskId, "taskId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
    }

    /** {@code run:task:attempt}. */
    public String sessionId() {
        return runId + ":" + taskId + ":" + attempt;
    }

    /**
     * Reads a session id {@code run:task:attempt}.
     *
     * @throws IllegalArgumentException when {@code sessionId} does not have that form
     */
    public static AttemptKey parse(String sessionId) {
        int first = sessionId.indexOf(':');
        int last = sessionId.lastIndexOf(':');
        if (first <= 0 || last <= first + 1 || last == sessionId.length() - 1) {
            throw new IllegalArgumentException("not a session id (run:task:attempt): " + sessionId);
        }
        try {
            int attempt = Integer.parseInt(sessionId.substring(last + 1));
            return new AttemptKey(sessionId.substring(0, first), sessionId.substring(first + 1, last), attempt);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a session id (run:task:attempt): " + sessionId, e);
        }
    }

    @Override
    public String toString() {
        return sessionId();
    }
}
