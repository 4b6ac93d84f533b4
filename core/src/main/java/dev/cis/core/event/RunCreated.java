package dev.cis.core.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A run was created from a DAG.
 *
 * @param sourceFile the DAG file, null when built in memory
 * @param taskIds    the run's tasks in file order
 * @param nodeId     the node that executes it, null when unknown
 */
public record RunCreated(Instant ts, String runId, String dagName, String sourceFile, List<String> taskIds,
        String nodeId) implements CisEvent {

    public RunCreated {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(dagName, "dagName");
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }
}
