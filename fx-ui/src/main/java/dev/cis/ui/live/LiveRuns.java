package dev.cis.ui.live;

import dev.cis.core.event.RunCreated;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.RunStarted;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.ui.run.RunListViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The runs list as events change it: one {@link RunTally} per run, updated per event, and each touched run
 * written to the list once per batch ({@link #flush}). A run whose tasks are not known (a finished run that
 * starts again, or one never seen) is read again from the store; its events meanwhile are held and applied to
 * what was read. UI thread only.
 */
final class LiveRuns {

    private final RunListViewModel list;
    private final RunLoader loader;
    private final Executor io;
    private final Executor fx;
    private final Map<String, RunTally> tallies = new HashMap<>();
    private final Map<String, RunTally> touched = new LinkedHashMap<>();
    private final Set<String> reloading = new HashSet<>();
    private final Map<String, List<TaskStatusChanged>> held = new HashMap<>();
    private long generation;

    LiveRuns(RunListViewModel list, RunLoader loader, Executor io, Executor fx) {
        this.list = list;
        this.loader = loader;
        this.io = io;
        this.fx = fx;
    }

    /** Replaces every run with those read from the store. */
    void setAll(List<RunTally> runs) {
        forget();
        runs.forEach(t -> tallies.put(t.runId(), t));
        list.setRuns(runs.stream().map(RunTally::summary).toList());
    }

    /** Forgets what is known and ignores reads still under way. */
    void forget() {
        generation++;
        tallies.clear();
        touched.clear();
        reloading.clear();
        held.clear();
    }

    void created(RunCreated e) {
        if (!tallies.containsKey(e.runId())) {
            RunTally t = RunTally.created(e);
            tallies.put(e.runId(), t);
            touched.put(e.runId(), t);
        }
    }

    void started(RunStarted e) {
        RunTally t = tallies.get(e.runId());
        if (t == null) {
            reload(e.runId());
            return;
        }
        t.started();
        touched.put(e.runId(), t);
        if (!t.knowsTasks()) {
            reload(e.runId());
        }
    }

    void finished(RunFinished e) {
        RunTally t = tallies.get(e.runId());
        if (t != null) {
            t.finished(e);
            touched.put(e.runId(), t);
        }
    }

    void task(TaskStatusChanged e) {
        RunTally t = tallies.get(e.runId());
        if (t == null || reloading.contains(e.runId())) {
            reload(e.runId());
            held.computeIfAbsent(e.runId(), id -> new ArrayList<>()).add(e);
        } else {
            t.task(e);
            touched.put(e.runId(), t);
        }
    }

    /** Writes the runs changed since the last flush to the list, rebuilding it once. */
    void flush() {
        if (!touched.isEmpty()) {
            list.upsertRuns(touched.values().stream().map(RunTally::summary).toList());
            touched.clear();
        }
    }

    /** The DAG name of a run, or {@code run ID} when it is not known. */
    String dagName(String runId) {
        RunTally t = tallies.get(runId);
        return t == null ? "run " + runId : t.dagName();
    }

    private void reload(String runId) {
        if (!reloading.add(runId)) {
            return;
        }
        long gen = generation;
        CompletableFuture.supplyAsync(() -> loader.run(runId), io).whenCompleteAsync((read, error) -> {
            if (gen != generation) {
                return;
            }
            reloading.remove(runId);
            List<TaskStatusChanged> events = held.remove(runId);
            if (error != null || read.isEmpty()) {
                return;
            }
            RunTally fresh = read.get();
            if (events != null) {
                events.forEach(fresh::task);
            }
            tallies.put(runId, fresh);
            list.upsertRun(fresh.summary());
        }, fx);
    }
}
