package dev.cis.core.run;

import dev.cis.core.event.EventBus;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.TaskRecord;
import java.time.Clock;

/** Ends a run that is not executing here, in the store and on the bus: its unfinished tasks are cancelled. */
final class StoredRuns {

    private StoredRuns() {
    }

    /** Ends run {@code runId} with {@code status}; returns that status. */
    static RunStatus end(RunStore store, EventBus bus, Clock clock, String runId, RunStatus status, String reason) {
        for (TaskRecord t : store.tasks(runId)) {
            if (!t.status().isTerminal()) {
                store.setTaskStatus(runId, t.taskId(), TaskStatus.CANCELLED, t.attempt(), reason);
                bus.publish(new TaskStatusChanged(clock.instant(), runId, t.taskId(), t.status(), TaskStatus.CANCELLED,
                        t.attempt(), null, reason));
            }
        }
        store.setRunStatus(runId, status, reason);
        bus.publish(new RunFinished(clock.instant(), runId, status, store.summary(runId), reason));
        return status;
    }
}
