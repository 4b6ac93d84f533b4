package dev.cis.ui.live;

import dev.cis.core.dag.DagLoader;
import dev.cis.core.node.NodeApi;
import dev.cis.core.store.RunStore;
import dev.cis.ui.action.RecentFiles;
import java.util.concurrent.Executor;

/**
 * What the window needs to show live runs and act on them, built by the app.
 *
 * @param node   the node that runs DAGs (in process or over its socket)
 * @param store  the run store, read for the runs list, task states, attempts and recordings
 * @param loader reads DAG files and the stored source of runs (with the agents of the config)
 * @param recent the DAG files run lately
 * @param io     runs store reads and node calls, never on the UI thread
 */
public record LiveServices(NodeApi node, RunStore store, DagLoader loader, RecentFiles recent, Executor io) {
}
