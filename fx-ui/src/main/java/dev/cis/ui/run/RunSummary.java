package dev.cis.ui.run;

import dev.cis.core.model.RunStatus;
import java.time.Instant;

/**
 * One run as the runs list shows it.
 *
 * @param runId          the run's id
 * @param dagName        name of its DAG
 * @param status         where it stands
 * @param createdAt      when it was created
 * @param endedAt        when it ended, or null while it is active
 * @param completedTasks tasks that reached a terminal status
 * @param totalTasks     tasks of its DAG
 * @param blockedTasks   tasks waiting for a person now
 * @param node           the node that runs it ("local" for this machine)
 */
public record RunSummary(String runId, String dagName, RunStatus status, Instant createdAt, Instant endedAt,
        int completedTasks, int totalTasks, int blockedTasks, String node) {

    /** True while the run may still change. */
    public boolean isActive() {
        return !status.isTerminal();
    }
}
