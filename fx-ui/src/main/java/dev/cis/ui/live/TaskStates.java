package dev.cis.ui.live;

import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.TaskRecord;
import dev.cis.ui.graph.TaskState;

/** How the dashboard's view of a task follows the store and the node's events. */
final class TaskStates {

    private TaskStates() {
    }

    /** The state of a task as stored, with its latest attempt (null before the first). */
    static TaskState of(TaskRecord task, AttemptRecord latest) {
        if (latest == null || latest.key().attempt() != task.attempt()) {
            return new TaskState(task.status(), task.attempt(), null, null, null);
        }
        if (task.status() == TaskStatus.PENDING || task.status() == TaskStatus.READY) {
            return new TaskState(task.status(), task.attempt(), null, null, null);
        }
        return new TaskState(task.status(), task.attempt(), latest.startedAt(), latest.endedAt(), latest.exitCode());
    }

    /** The state after {@code e}, given the state before. */
    static TaskState next(TaskState old, TaskStatusChanged e) {
        TaskStatus to = e.to();
        boolean sameAttempt = old.attempt() == e.attempt();
        if (to == TaskStatus.RUNNING && (!sameAttempt || !old.status().isActive())) {
            return new TaskState(to, e.attempt(), e.ts(), null, null);
        }
        if (to.isActive()) {
            return new TaskState(to, e.attempt(), old.startedAt() != null ? old.startedAt() : e.ts(), null, null);
        }
        if (e.from().isActive() || old.status().isActive()) {
            return new TaskState(to, e.attempt(), old.startedAt(), e.ts(), e.exitCode());
        }
        if (to == TaskStatus.PENDING || to == TaskStatus.READY || to == TaskStatus.WAITING_APPROVAL) {
            return new TaskState(to, e.attempt(), null, null, null);
        }
        return sameAttempt ? new TaskState(to, e.attempt(), old.startedAt(), old.endedAt(),
                e.exitCode() != null ? e.exitCode() : old.exitCode())
                : new TaskState(to, e.attempt(), null, null, e.exitCode());
    }
}
