package dev.cis.core.dag;

import java.nio.file.Path;
import java.util.List;

/**
 * What loading a DAG file gave: the DAG when there is no error, and every problem found.
 *
 * @param file        the file as named by the caller
 * @param dag         the validated DAG, or null when any diagnostic is an error
 * @param diagnostics errors and warnings, ordered by position
 * @param tasksInFile the task entries the file lists, counted also when it has errors
 */
public record LoadResult(Path file, Dag dag, List<Diagnostic> diagnostics, int tasksInFile) {

    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        if (dag != null) {
            tasksInFile = dag.tasks().size();
        }
    }

    /** A result that counts the tasks of {@code dag} (none when it is null). */
    public LoadResult(Path file, Dag dag, List<Diagnostic> diagnostics) {
        this(file, dag, diagnostics, 0);
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

    /** Number of tasks the file lists, also when it has errors (0 when it could not be read or parsed). */
    public int taskCount() {
        return tasksInFile;
    }
}
