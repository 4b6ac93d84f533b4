package dev.cis.ui.live;

import dev.cis.core.event.RunCreated;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.TaskRecord;
import dev.cis.ui.run.RunSummary;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runs list shows about one run, kept up to date from events in O(1) per event. For runs whose task
 * statuses are known (active runs) each task's latest status is kept, so a repeated or late event cannot count
 * twice; for finished runs only the counts are kept, moved by each event's from and to.
 */
final class RunTally {

    private final String runId;
    private final String dagName;
    private final Instant createdAt;
    private final String node;
    private RunStatus status;
    private Instant endedAt;
    private int total;
    private int done;
    private int blocked;
    private Map<String, TaskStatus> tasks;

    private RunTally(String runId, String dagName, Instant createdAt, String node, RunStatus status) {
        this.runId = runId;
        this.dagName = dagName;
        this.createdAt = createdAt;
        this.node = node == null ? "" : node;
        this.status = status;
    }

    /** A run as stored; with its tasks when {@code tasks} is not null, else with the stored counts. */
    static RunTally of(RunRecord run, dev.cis.core.model.RunSummary counts, List<TaskRecord> tasks) {
        RunTally t = new RunTally(run.id(), run.dagName(), run.createdAt(), run.nodeId(), run.status());
        t.endedAt = run.finishedAt();
        t.total = counts.total();
        t.done = counts.done();
        if (tasks != null) {
            t.tasks = new HashMap<>();
            t.done = 0;
            for (TaskRecord task : tasks) {
                t.tasks.put(task.taskId(), task.status());
                t.count(task.status(), 1);
            }
            t.total = tasks.size();
        }
        return t;
    }

    /** A run just created: every task pending. */
    static RunTally created(RunCreated e) {
        RunTally t = new RunTally(e.runId(), e.dagName(), e.ts(), e.nodeId(), RunStatus.CREATED);
        t.tasks = new HashMap<>();
        e.taskIds().forEach(id -> t.tasks.put(id, TaskStatus.PENDING));
        t.total = e.taskIds().size();
        return t;
    }

    void started() {
        status = RunStatus.RUNNING;
        endedAt = null;
    }

    void finished(RunFinished e) {
        status = e.status();
        endedAt = e.ts();
        if (tasks == null) {
            done = e.summary().done();
            total = e.summary().total();
        }
    }

    void task(TaskStatusChanged e) {
        TaskStatus before = e.from();
        if (tasks != null) {
            before = tasks.put(e.taskId(), e.to());
            if (before == null) {
                total++;
                before = TaskStatus.PENDING;
                count(before, 1);
            }
        }
        count(before, -1);
        count(e.to(), 1);
    }

    private void count(TaskStatus s, int delta) {
        if (s.isTerminal()) {
            done = Math.max(0, done + delta);
        }
        if (s == TaskStatus.BLOCKED) {
            blocked = Math.max(0, blocked + delta);
        }
    }

    /** True when each task's status is known, not only the counts. */
    boolean knowsTasks() {
        return tasks != null;
    }

    String runId() {
        return runId;
    }

    RunStatus status() {
        return status;
    }

    String dagName() {
        return dagName;
    }

    int total() {
        return total;
    }

    RunSummary summary() {
        return new RunSummary(runId, dagName, status, createdAt, endedAt, done, total, blocked, node);
    }
}
