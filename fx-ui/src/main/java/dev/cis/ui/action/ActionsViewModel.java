package dev.cis.ui.action;

import dev.cis.core.dag.DagLoader;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.UnblockResult;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.ui.graph.GraphViewModel;
import dev.cis.ui.graph.TaskState;
import dev.cis.ui.run.RunListViewModel;
import dev.cis.ui.run.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;

/**
 * What a person can do now, and doing it: run a DAG file, approve or skip a gated task, answer a blocked one,
 * kill a session, retry from a task, cancel the run. Availability follows the selected run and task. Every node
 * call runs on the I/O executor; results come back on the UI executor as a status message, or as a
 * {@link #problemProperty() problem} to show. Call on the UI thread.
 */
public final class ActionsViewModel {

    private final GraphViewModel graph;
    private final RunListViewModel runs;
    private final Questions questions;
    private final NodeCalls calls;

    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyBooleanWrapper canOpenTerminal = new ReadOnlyBooleanWrapper(this, "canOpenTerminal");
    private final ReadOnlyBooleanWrapper canApprove = new ReadOnlyBooleanWrapper(this, "canApprove");
    private final ReadOnlyBooleanWrapper canAnswer = new ReadOnlyBooleanWrapper(this, "canAnswer");
    private final ReadOnlyBooleanWrapper canKill = new ReadOnlyBooleanWrapper(this, "canKill");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(this, "canRetry");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");

    private NodeApi node;
    private DagLoader loader;
    private RecentFiles recent;

    /**
     * @param status receives messages for the status bar
     * @param fx     runs results on the UI thread
     */
    public ActionsViewModel(GraphViewModel graph, RunListViewModel runs, Questions questions, Consumer<String> status,
            Executor fx) {
        this.graph = graph;
        this.runs = runs;
        this.questions = questions;
        this.calls = new NodeCalls(status, fx);
        graph.selectedTaskIdProperty().addListener((obs, o, n) -> refresh());
        graph.dagProperty().addListener((obs, o, n) -> refresh());
        graph.addTaskStateListener(i -> {
            if (i == graph.selectedIndex()) {
                refresh();
            }
        });
        runs.selectedRunIdProperty().addListener((obs, o, n) -> refresh());
        runs.rows().addListener((ListChangeListener<Object>) c -> refresh());
        questions.map().addListener((MapChangeListener<String, Question>) c -> refresh());
    }

    /** Makes the actions available, talking to {@code node}; {@code io} runs the calls. */
    public void connect(NodeApi node, DagLoader loader, RecentFiles recent, Executor io) {
        this.node = node;
        this.loader = loader;
        this.recent = recent;
        calls.setIo(io);
        connected.set(true);
        refresh();
    }

    /** The task the actions apply to: the selected task of the shown run. */
    public Optional<TaskRef> selectedTask() {
        String run = runs.selectedRunIdProperty().get();
        String task = graph.selectedTaskIdProperty().get();
        if (run == null || task == null) {
            return Optional.empty();
        }
        return graph.state(task).map(s -> new TaskRef(run, task, s.attempt()));
    }

    private void refresh() {
        boolean on = connected.get();
        Optional<TaskRef> ref = selectedTask();
        TaskState state = ref.flatMap(r -> graph.state(r.taskId())).orElse(null);
        TaskStatus status = state == null ? null : state.status();
        Optional<RunSummary> run = runs.selectedRun();
        question.set(ref.flatMap(r -> questions.of(r.runId(), r.taskId())).orElse(null));
        canOpenTerminal.set(on && state != null && state.attempt() > 0);
        canApprove.set(on && status == TaskStatus.WAITING_APPROVAL);
        canAnswer.set(on && status != null && status.isActive()
                && (status == TaskStatus.BLOCKED || question.get() != null));
        canKill.set(on && status != null && status.isActive());
        canRetry.set(on && state != null && run.isPresent() && !run.get().isActive());
        canCancel.set(on && run.isPresent() && run.get().isActive());
    }

    /**
     * Checks a DAG file and, when it has no error, starts a run of it and shows that run. Errors (with line and
     * column) become the problem, and nothing runs. Completes with the new run's id.
     */
    public CompletableFuture<String> launch(Path file) {
        Launch launch = new Launch(node, loader, file);
        return calls.run("Checking " + file.getFileName() + "\u2026", launch::call, s -> {
            recent.add(file);
            runs.selectWhenAdded(s.runId());
            return Launch.startedMessage(s);
        }).thenApply(s -> s.runId());
    }

    /** Approves or skips the selected task (it waits for approval). */
    public CompletableFuture<Void> approve(ApprovalDecision decision) {
        TaskRef t = require(canApprove.get(), "is not waiting for approval");
        String by = System.getProperty("user.name", "someone");
        return calls.run(null, () -> {
            node.approve(t.runId(), t.taskId(), decision, by);
            return null;
        }, x -> (decision == ApprovalDecision.SKIP ? "Skipped " : "Approved ") + t.taskId());
    }

    /** Types {@code input} into the selected task's session (an answer, {@code \r} for Enter). */
    public CompletableFuture<UnblockResult> answer(String input) {
        TaskRef t = require(canAnswer.get() || canKill.get(), "has no live session");
        String session = question.get() != null ? question.get().sessionId() : t.sessionId();
        return calls.run("Answering " + t.taskId() + "\u2026", () -> node.unblock(session, input, 3000),
                r -> answered(t.taskId(), r));
    }

    private static String answered(String task, UnblockResult r) {
        if (!r.sent()) {
            return "Could not answer " + task + ": " + r.message();
        }
        return switch (r.state()) {
            case "running" -> "Answered " + task + ": it goes on";
            case "exited" -> "Answered " + task + ": its session ended";
            default -> "Answered " + task + ", but it still waits: " + r.message();
        };
    }

    /** Kills the selected task's session; its attempt fails and may be retried. */
    public CompletableFuture<Void> killSession() {
        TaskRef t = require(canKill.get(), "has no live session");
        return calls.run(null, () -> {
            node.kill(t.sessionId());
            return null;
        }, x -> "Killed the session of " + t.taskId());
    }

    /** Runs the selected task and its dependents again (the run must have finished). */
    public CompletableFuture<List<String>> retryFromHere() {
        TaskRef t = require(canRetry.get(), "cannot be retried while its run is active");
        return calls.run("Retrying from " + t.taskId() + "\u2026", () -> node.retry(t.runId(), t.taskId(), true),
                tasks -> "Retrying " + tasks.size() + (tasks.size() == 1 ? " task: " : " tasks: ")
                        + String.join(", ", tasks));
    }

    /** Cancels the shown run. */
    public CompletableFuture<Void> cancelRun() {
        String run = runs.selectedRunIdProperty().get();
        if (!canCancel.get() || run == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no active run is selected"));
        }
        return calls.run("Cancelling run " + run + "\u2026", () -> {
            node.cancel(run, "cancelled by a person");
            return null;
        }, x -> "Cancelled run " + run);
    }

    private TaskRef require(boolean available, String why) {
        TaskRef t = selectedTask().orElseThrow(() -> new IllegalStateException("no task is selected"));
        if (!available) {
            throw new IllegalStateException("task '" + t.taskId() + "' " + why);
        }
        return t;
    }

    /** Forgets the problem once it was shown. */
    public void clearProblem() {
        calls.clearProblem();
    }

    public ReadOnlyObjectProperty<ActionProblem> problemProperty() {
        return calls.problemProperty();
    }

    /** The question of the selected task when its session is blocked, else null. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenTerminalProperty() {
        return canOpenTerminal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApproveProperty() {
        return canApprove.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAnswerProperty() {
        return canAnswer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canKillProperty() {
        return canKill.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    public Optional<RecentFiles> recentFiles() {
        return Optional.ofNullable(recent);
    }
}
