package dev.cis.core.store;

import dev.cis.core.model.ApprovalDecision;
import java.time.Instant;
import java.util.Objects;

/**
 * One decision of one person about a task waiting for approval.
 *
 * @param runId    the run
 * @param taskId   the task
 * @param decision approve, skip or abort
 * @param by       who decided (local user name, Matrix user id, or {@code timeout} for a recommended default)
 * @param ts       when
 */
public record Approval(String runId, String taskId, ApprovalDecision decision, String by, Instant ts) {

    public Approval {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(ts, "ts");
    }
}
