package dev.cis.core.node;

import dev.cis.core.dag.Diagnostic;
import java.util.List;

/**
 * @param runId       the new run, null when the file had errors
 * @param dagName     the DAG's name
 * @param taskCount   tasks in the run
 * @param diagnostics errors (then no run) and warnings
 */
public record SubmitResult(String runId, String dagName, int taskCount, List<Diagnostic> diagnostics) {

    public SubmitResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return runId != null;
    }
}
