package dev.cis.ui.live;

import dev.cis.core.dag.Dag;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.store.RunRecord;
import dev.cis.ui.graph.TaskState;
import java.util.List;
import java.util.Map;

/**
 * A run read for display: its DAG (from the stored source text), each task's state and its live sessions.
 *
 * @param run      the run as stored
 * @param dag      its DAG, null when the stored text no longer loads
 * @param states   task id to state
 * @param sessions its live sessions (blocked ones carry their question)
 * @param problem  why the DAG cannot be shown, null when it can
 */
record LoadedRun(RunRecord run, Dag dag, Map<String, TaskState> states, List<SessionInfo> sessions,
        String problem) {
}
