package dev.cis.ui.main;

import dev.cis.core.dag.Dag;
import java.nio.file.Path;

/** Reads and validates a DAG file. The app gives the window one; the window never parses files itself. */
@FunctionalInterface
public interface DagFileOpener {

    Dag open(Path file) throws DagOpenException;
}
