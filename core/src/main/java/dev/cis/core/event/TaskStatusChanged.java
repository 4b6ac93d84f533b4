package dev.cis.core.event;

import dev.cis.core.model.TaskStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A task of a run changed status.
 *
 * @param from     the status before
 * @param to       the status now
 * @param attempt  the current or last attempt, 0 before the first
 * @param exitCode the exit code of the attempt that just ended, null otherwise
 * @param reason   why it failed, was skipped or cancelled, null otherwise
 */
public record TaskStatusChanged(Instant ts, String runId, String taskId, TaskStatus from, TaskStatus to,
        int attempt, Integer exitCode, String reason) implements CisEvent {

    public TaskStatusChanged {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
