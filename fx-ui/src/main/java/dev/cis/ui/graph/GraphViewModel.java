package dev.cis.ui.graph;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.model.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DAG graph of the shown run: its tasks, where they are drawn, what state each is in, and which is
 * selected. Live data comes in through {@link #applyTaskStatus} and {@link #applyTaskState}, each O(1).
 * Call every method on the UI thread; the layout is computed on {@code layoutExecutor} and handed back
 * through {@code uiExecutor}.
 */
public final class GraphViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(GraphViewModel.class);

    private final GraphLayouter layouter;
    private final Executor layoutExecutor;
    private final Executor uiExecutor;

    private final ReadOnlyObjectWrapper<Dag> dag = new ReadOnlyObjectWrapper<>(this, "dag");
    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final ReadOnlyObjectWrapper<String> selectedTaskId = new ReadOnlyObjectWrapper<>(this, "selectedTaskId");
    private final ReadOnlyIntegerWrapper blockedCount = new ReadOnlyIntegerWrapper(this, "blockedCount");
    private final ReadOnlyIntegerWrapper runningCount = new ReadOnlyIntegerWrapper(this, "runningCount");
    private final List<IntConsumer> stateListeners = new ArrayList<>();
    private final Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);

    private List<TaskSpec> tasks = List.of();
    private Map<String, Integer> indexById = Map.of();
    private TaskState[] states = new TaskState[0];
    private long generation;
    private CompletableFuture<GraphLayout> pendingLayout = CompletableFuture.completedFuture(GraphLayout.empty());

    public GraphViewModel(GraphLayouter layouter, Executor layoutExecutor, Executor uiExecutor) {
        this.layouter = layouter;
        this.layoutExecutor = layoutExecutor;
        this.uiExecutor = uiExecutor;
        resetCounts();
    }

    /**
     * Shows {@code newDag}: every task pending, nothing selected, a new layout computed off the UI thread.
     * The returned future completes (on the UI executor) when the layout is applied.
     */
    public CompletableFuture<GraphLayout> setDag(Dag newDag) {
        long gen = ++generation;
        tasks = newDag.tasks();
        indexById = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            indexById.put(tasks.get(i).id(), i);
        }
        states = new TaskState[tasks.size()];
        Arrays.fill(states, TaskState.PENDING);
        resetCounts();
        counts.put(TaskStatus.PENDING, tasks.size());
        updateCountProperties();
        selectedTaskId.set(null);
        layout.set(null);
        dag.set(newDag);
        layingOut.set(true);
        CompletableFuture<GraphLayout> applied = new CompletableFuture<>();
        pendingLayout = applied;
        CompletableFuture.supplyAsync(() -> layouter.layout(newDag), layoutExecutor)
                .whenCompleteAsync((result, error) -> applyLayout(gen, result, error, applied), uiExecutor);
        return applied;
    }

    private void applyLayout(long gen, GraphLayout result, Throwable error, CompletableFuture<GraphLayout> applied) {
        if (gen != generation) {
            applied.cancel(false);
            return;
        }
        layingOut.set(false);
        if (error != null) {
            LOG.error("graph layout of {} failed", dag.get().name(), error);
            applied.completeExceptionally(error);
            return;
        }
        layout.set(result);
        applied.complete(result);
    }

    /** Shows nothing. */
    public void clear() {
        generation++;
        tasks = List.of();
        indexById = Map.of();
        states = new TaskState[0];
        resetCounts();
        updateCountProperties();
        selectedTaskId.set(null);
        layout.set(null);
        layingOut.set(false);
        dag.set(null);
        pendingLayout = CompletableFuture.completedFuture(GraphLayout.empty());
    }

    /**
     * Records the status of one task; keeps the known exit code while the attempt is the same.
     * Returns false when the task is not part of the shown DAG.
     */
    public boolean applyTaskStatus(String taskId, TaskStatus status, int attempt, Instant startedAt, Instant endedAt) {
        int i = indexOf(taskId);
        if (i < 0) {
            return false;
        }
        TaskState old = states[i];
        Integer exit = old.attempt() == attempt ? old.exitCode() : null;
        set(i, new TaskState(status, attempt, startedAt, endedAt, exit));
        return true;
    }

    /** Records the whole state of one task. Returns false when the task is not part of the shown DAG. */
    public boolean applyTaskState(String taskId, TaskState state) {
        int i = indexOf(taskId);
        if (i < 0) {
            return false;
        }
        set(i, Objects.requireNonNull(state));
        return true;
    }

    private void set(int i, TaskState state) {
        TaskStatus before = states[i].status();
        states[i] = state;
        if (before != state.status()) {
            counts.merge(before, -1, Integer::sum);
            counts.merge(state.status(), 1, Integer::sum);
            updateCountProperties();
        }
        for (IntConsumer l : stateListeners) {
            l.accept(i);
        }
    }

    private void resetCounts() {
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, 0);
        }
    }

    private void updateCountProperties() {
        blockedCount.set(counts.get(TaskStatus.BLOCKED));
        runningCount.set(counts.get(TaskStatus.RUNNING) + counts.get(TaskStatus.BLOCKED));
    }

    /** Selects a task of the shown DAG, or nothing with null. Unknown ids select nothing. */
    public void select(String taskId) {
        selectedTaskId.set(taskId != null && indexById.containsKey(taskId) ? taskId : null);
    }

    public void selectIndex(int index) {
        select(index >= 0 && index < tasks.size() ? tasks.get(index).id() : null);
    }

    /** Called with the index of a task whenever its state changes. */
    public void addTaskStateListener(IntConsumer listener) {
        stateListeners.add(listener);
    }

    public void removeTaskStateListener(IntConsumer listener) {
        stateListeners.remove(listener);
    }

    public int taskCount() {
        return tasks.size();
    }

    public int indexOf(String taskId) {
        Integer i = taskId == null ? null : indexById.get(taskId);
        return i == null ? -1 : i;
    }

    public TaskSpec task(int index) {
        return tasks.get(index);
    }

    public Optional<TaskSpec> task(String taskId) {
        int i = indexOf(taskId);
        return i < 0 ? Optional.empty() : Optional.of(tasks.get(i));
    }

    public TaskState state(int index) {
        return states[index];
    }

    public Optional<TaskState> state(String taskId) {
        int i = indexOf(taskId);
        return i < 0 ? Optional.empty() : Optional.of(states[i]);
    }

    /** How many tasks are in {@code status} now. */
    public int count(TaskStatus status) {
        return counts.get(status);
    }

    public int selectedIndex() {
        return indexOf(selectedTaskId.get());
    }

    /** Completes when the layout of the current DAG is applied. */
    public CompletableFuture<GraphLayout> layoutApplied() {
        return pendingLayout;
    }

    public ReadOnlyObjectProperty<Dag> dagProperty() {
        return dag.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> selectedTaskIdProperty() {
        return selectedTaskId.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty blockedCountProperty() {
        return blockedCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty runningCountProperty() {
        return runningCount.getReadOnlyProperty();
    }
}
