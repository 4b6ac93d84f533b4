package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.dag.Dag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tasks of a finished run run again: by default every task that did not complete; with a task
 * named, that task (and, with {@code downstream}, everything that depends on it). Tasks that completed
 * and are not chosen keep their stored outputs, which their dependents receive again.
 */
public final class Rerun {

    private Rerun() {
    }

    /**
     * @param statuses current status of every task
     * @param taskId   the task to run again, or null for every task that did not complete
     * @throws IllegalArgumentException when {@code taskId} is not a task of the DAG
     */
    public static List<String> tasksToReset(Dag dag, Map<String, TaskStatus> statuses, String taskId,
            boolean downstream) {
        if (taskId == null) {
            List<String> out = new ArrayList<>();
            for (String id : dag.topologicalOrder()) {
                if (statuses.get(id) != TaskStatus.COMPLETED) {
                    out.add(id);
                }
            }
            return out;
        }
        if (dag.task(taskId).isEmpty()) {
            throw new IllegalArgumentException("run has no task '" + taskId + "' (tasks: "
                    + String.join(", ", dag.tasksById().keySet()) + ")");
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(taskId);
        if (downstream) {
            out.addAll(dag.downstreamOf(taskId));
        }
        return new ArrayList<>(out);
    }
}
