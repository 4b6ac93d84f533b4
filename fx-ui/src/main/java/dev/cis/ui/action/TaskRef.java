package dev.cis.ui.action;

import dev.cis.core.model.AttemptKey;

/**
 * The task an action applies to.
 *
 * @param runId   its run
 * @param taskId  the task
 * @param attempt its current or last attempt, 0 before the first
 */
public record TaskRef(String runId, String taskId, int attempt) {

    /** The session of its current attempt ({@code run:task:attempt}); null before the first attempt. */
    public String sessionId() {
        return attempt < 1 ? null : new AttemptKey(runId, taskId, attempt).sessionId();
    }
}
