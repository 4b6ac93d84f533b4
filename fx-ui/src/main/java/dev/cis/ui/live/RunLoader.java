package dev.cis.ui.live;

import dev.cis.core.dag.DagLoader;
import dev.cis.core.dag.LoadResult;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunDetail;
import dev.cis.core.store.RunOverview;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.TaskRecord;
import dev.cis.ui.graph.TaskState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads what the dashboard shows from the store (and live sessions from the node). Blocking: call off the UI. */
final class RunLoader {

    private static final Logger LOG = LoggerFactory.getLogger(RunLoader.class);

    private final RunStore store;
    private final DagLoader loader;
    private final NodeApi node;

    RunLoader(RunStore store, DagLoader loader, NodeApi node) {
        this.store = store;
        this.loader = loader;
        this.node = node;
    }

    /** The newest {@code limit} runs, active first; active runs with each task's status. */
    List<RunTally> runs(int limit) {
        List<RunTally> out = new ArrayList<>();
        for (RunOverview o : store.listRuns(limit)) {
            if (o.run().isActive()) {
                out.add(store.runDetail(o.run().id()).map(RunLoader::tally)
                        .orElseGet(() -> RunTally.of(o.run(), o.summary(), null)));
            } else {
                out.add(RunTally.of(o.run(), o.summary(), null));
            }
        }
        return out;
    }

    /** One run with each task's status. */
    Optional<RunTally> run(String runId) {
        return store.runDetail(runId).map(RunLoader::tally);
    }

    private static RunTally tally(RunDetail d) {
        return RunTally.of(d.run(), d.summary(), d.tasks());
    }

    /** A run with its DAG, task states and live sessions; empty when there is no such run. */
    Optional<LoadedRun> load(String runId) {
        Optional<RunDetail> detail = store.runDetail(runId);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        RunRecord run = detail.get().run();
        Map<String, TaskState> states = new HashMap<>();
        for (TaskRecord t : detail.get().tasks()) {
            AttemptRecord latest = null;
            if (t.attempt() > 0) {
                List<AttemptRecord> attempts = store.attempts(runId, t.taskId());
                latest = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
            }
            states.put(t.taskId(), TaskStates.of(t, latest));
        }
        Path file = run.sourceFile() == null ? Path.of(run.dagName() + ".toml") : Path.of(run.sourceFile());
        LoadResult parsed = loader.parse(run.sourceText(), file, file.toAbsolutePath().getParent());
        String problem = parsed.ok() ? null : "run " + run.id() + ": its DAG no longer loads: "
                + parsed.errors().get(0).format();
        return Optional.of(new LoadedRun(run, parsed.ok() ? parsed.dag() : null, states,
                run.isActive() ? sessions(runId) : List.of(), problem));
    }

    private List<SessionInfo> sessions(String runId) {
        try {
            return node.sessions(runId);
        } catch (NodeException e) {
            LOG.warn("cannot list the sessions of run {}: {}", runId, e.getMessage());
            return List.of();
        }
    }

    /** The attempts of a task, first first. */
    List<AttemptRecord> attempts(String runId, String taskId) {
        return store.attempts(runId, taskId);
    }
}
