package dev.cis.core.dag;

import java.nio.file.Path;
import java.util.List;

/**
 * What loading a DAG file gave: the DAG when there is no error, and every problem found.
 *
 * @param file        the file as named by the caller
 * @param dag         the validated DAG, or null when any diagnostic is an error
 * @param diagnostics errors and warnings, ordered by position
 */
public record LoadResult(Path file, Dag dag, List<Diagnostic> diagnostics) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when there is no error (warnings are fine). */
    public boolean ok() {
        return dag != null && diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** Number of tasks of the DAG, 0 when it has errors. */
    public int taskCount() {
        return dag == null ? 0 : dag.tasks().size();
    }
}
