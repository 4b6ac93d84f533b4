package dev.cis.core.store;

import dev.cis.core.model.RunSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run with its tasks and their counts, read at one moment.
 *
 * @param run     the run
 * @param tasks   its tasks in DAG file order
 * @param summary its tasks by outcome and its duration
 */
public record RunDetail(RunRecord run, List<TaskRecord> tasks, RunSummary summary) {

    public RunDetail {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(summary, "summary");
        tasks = List.copyOf(tasks);
    }

    public Optional<TaskRecord> task(String taskId) {
        return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
    }
}
