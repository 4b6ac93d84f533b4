package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunStatus;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.store.TaskRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** The in-memory state of one run being executed. Touched only on the executor's loop thread. */
final class ActiveRun {

    final String runId;
    final Dag dag;
    final Planner planner;
    final Map<String, TaskState> states = new LinkedHashMap<>();
    final Map<String, LiveAttempt> live = new HashMap<>();
    final CompletableFuture<RunStatus> done = new CompletableFuture<>();
    ScheduledFuture<?> wake;
    Instant wakeAt;
    ScheduledFuture<?> runTimeout;
    /** The run is ending early (cancelled, or failed after an error); {@link #stopStatus} says how. */
    boolean cancelling;
    RunStatus stopStatus = RunStatus.CANCELLED;
    /** Sessions being started on an io thread. */
    int launching;
    String cancelReason;

    ActiveRun(String runId, Dag dag, List<TaskRecord> tasks) {
        this.runId = runId;
        this.dag = dag;
        this.planner = new Planner(dag);
        Map<String, TaskRecord> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.taskId(), t));
        for (TaskSpec t : dag.tasks()) {
            TaskRecord r = byId.get(t.id());
            TaskStatus status = r == null ? TaskStatus.PENDING : r.status();
            int attempt = r == null ? 0 : r.attempt();
            Instant since = status == TaskStatus.WAITING_APPROVAL && r != null ? r.updatedAt() : null;
            states.put(t.id(), new TaskState(status, attempt, r == null ? null : r.approval(), null, since,
                    r == null ? 0 : r.budgetFrom()));
        }
    }

    TaskSpec spec(String taskId) {
        return dag.task(taskId).orElseThrow();
    }

    TaskState state(String taskId) {
        return states.get(taskId);
    }

    void put(String taskId, TaskState s) {
        states.put(taskId, s);
    }

    /** No session alive and none being started. */
    boolean idle() {
        return live.isEmpty() && launching == 0;
    }
}
