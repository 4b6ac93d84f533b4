package dev.cis.core.event;

import dev.cis.core.dag.Level;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A task is ready and waits for a person to approve it.
 *
 * @param level         confirmed, recommended or arbitrated
 * @param timeoutSecs   recommended: seconds until the default action applies (0 = none)
 * @param defaultAction recommended: what happens when nobody answers in time
 * @param stakeholders  arbitrated: the Matrix users whose majority decides
 */
public record TaskApprovalRequested(Instant ts, String runId, String taskId, Level.Type level, long timeoutSecs,
        Level.DefaultAction defaultAction, List<String> stakeholders) implements CisEvent {

    public TaskApprovalRequested {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(level, "level");
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
    }
}
