package dev.cis.core.store;

import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.model.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A task of a run as stored.
 *
 * @param runId     the run
 * @param taskId    the task's id in the DAG
 * @param ordinal   position in the DAG file, from 0
 * @param name      display name
 * @param agent     agent profile
 * @param deps      ids of direct dependencies
 * @param status    where the task stands
 * @param attempt   number of the current or last attempt, 0 before the first one
 * @param updatedAt when the status last changed
 * @param reason    why it failed, was skipped or cancelled, null otherwise
 * @param approval  the latest approval decision, null when none was made
 * @param budgetFrom the attempt after which the task's current retry budget began ({@code RetryRule})
 */
public record TaskRecord(
        String runId,
        String taskId,
        int ordinal,
        String name,
        String agent,
        List<String> deps,
        TaskStatus status,
        int attempt,
        Instant updatedAt,
        String reason,
        ApprovalDecision approval,
        int budgetFrom) {

    public TaskRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        deps = List.copyOf(deps);
    }
}
