package dev.cis.ui.live;

import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.store.AttemptRecord;
import dev.cis.ui.action.Question;
import dev.cis.ui.action.Questions;
import dev.cis.ui.graph.GraphViewModel;
import dev.cis.ui.inspector.AttemptRow;
import dev.cis.ui.inspector.TaskInspectorViewModel;
import dev.cis.ui.main.MainWindowViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run shown in the graph and the inspector: loads it from the store when it is selected, then follows its
 * task events. Events that arrive while it loads are held and applied after the load, so none is lost. The
 * selected task's attempts, prompt and output are read again whenever its status changes. UI thread only.
 */
final class ShownRun {

    private static final Logger LOG = LoggerFactory.getLogger(ShownRun.class);

    private final MainWindowViewModel model;
    private final RunLoader loader;
    private final Questions questions;
    private final Executor io;
    private final Executor fx;
    private final List<TaskStatusChanged> held = new ArrayList<>();
    private String runId;
    private boolean loading;
    private long generation;
    private long taskGeneration;
    private String taskToSelect;

    ShownRun(MainWindowViewModel model, RunLoader loader, Questions questions, Executor io, Executor fx) {
        this.model = model;
        this.loader = loader;
        this.questions = questions;
        this.io = io;
        this.fx = fx;
    }

    String runId() {
        return runId;
    }

    /** Selects {@code taskId} once the run in the graph is {@code run} (now, when it already is). */
    void selectTask(String run, String taskId) {
        if (run.equals(runId) && !loading) {
            model.graph().select(taskId);
        } else {
            taskToSelect = taskId;
        }
    }

    /** Shows a run (null: no run; the graph keeps what it shows). Completes when it is shown. */
    CompletableFuture<Void> show(String run) {
        String keep = run != null && run.equals(runId) ? model.graph().selectedTaskIdProperty().get() : null;
        runId = run;
        long gen = ++generation;
        held.clear();
        if (run == null) {
            loading = false;
            return CompletableFuture.completedFuture(null);
        }
        loading = true;
        return CompletableFuture.supplyAsync(() -> loader.load(run), io)
                .handleAsync((loaded, error) -> {
                    if (gen == generation) {
                        loading = false;
                        shown(run, loaded, error, keep);
                    }
                    return null;
                }, fx);
    }

    private void shown(String run, Optional<LoadedRun> loaded, Throwable error, String keep) {
        if (error != null || loaded.isEmpty()) {
            LOG.warn("cannot show run {}", run, error);
            model.statusMessageProperty().set(error != null ? "Cannot read run " + run + ": " + error.getMessage()
                    : "Run " + run + " no longer exists");
            held.clear();
            return;
        }
        LoadedRun r = loaded.get();
        GraphViewModel graph = model.graph();
        if (r.dag() == null) {
            graph.clear();
            model.statusMessageProperty().set(r.problem());
            held.clear();
            return;
        }
        graph.setDag(r.dag());
        r.states().forEach(graph::applyTaskState);
        held.forEach(this::apply);
        held.clear();
        for (SessionInfo s : r.sessions()) {
            if (s.blocked() && !questions.has(s.runId(), s.taskId())) {
                questions.put(new Question(s.sessionId(), s.runId(), s.taskId(), s.blockReason(), s.signal(),
                        s.screen(), List.of()));
            }
        }
        String select = taskToSelect != null ? taskToSelect : keep;
        taskToSelect = null;
        if (select != null) {
            graph.select(select);
        }
        model.statusMessageProperty().set("Run " + r.run().id() + " of " + r.dag().name() + ": "
                + r.run().status().wireName());
    }

    /**
     * Applies a task event of any run; returns true when it changed the task selected in the shown run (its
     * details are then read again by {@link #reloadSelectedTask}).
     */
    boolean onTaskEvent(TaskStatusChanged e) {
        if (!e.runId().equals(runId)) {
            return false;
        }
        if (loading) {
            held.add(e);
            return false;
        }
        apply(e);
        return e.taskId().equals(model.graph().selectedTaskIdProperty().get());
    }

    private void apply(TaskStatusChanged e) {
        GraphViewModel graph = model.graph();
        graph.state(e.taskId()).ifPresent(old -> graph.applyTaskState(e.taskId(), TaskStates.next(old, e)));
    }

    /** Reads the selected task's attempts, prompt as sent and output, off the UI thread. */
    void reloadSelectedTask() {
        String run = runId;
        String task = model.graph().selectedTaskIdProperty().get();
        if (run == null || task == null || loading) {
            return;
        }
        long gen = ++taskGeneration;
        CompletableFuture.supplyAsync(() -> loader.attempts(run, task), io).whenCompleteAsync((attempts, error) -> {
            if (gen != taskGeneration || !run.equals(runId)) {
                return;
            }
            if (error != null) {
                LOG.warn("cannot read the attempts of {} in run {}", task, run, error);
                return;
            }
            details(task, attempts);
        }, fx);
    }

    private void details(String task, List<AttemptRecord> attempts) {
        TaskInspectorViewModel inspector = model.inspector();
        inspector.setAttempts(task, attempts.stream().map(AttemptRow::of).toList());
        if (attempts.isEmpty()) {
            return;
        }
        AttemptRecord latest = attempts.get(attempts.size() - 1);
        if (latest.prompt() != null) {
            inspector.setPrompt(task, latest.prompt());
        }
        inspector.setOutput(task, latest.isEnded() ? nullToEmpty(latest.output()) : "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
