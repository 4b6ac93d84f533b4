package dev.cis.ui.inspector;

import dev.cis.core.text.ExitReason;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.GraphViewModel;
import dev.cis.ui.graph.StatusLook;
import dev.cis.ui.graph.TaskState;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the task inspector shows about the selected task: its state (from the graph model), its spec, the
 * exact prompt it was given and its output. Prompts and outputs arrive through {@link #setPrompt} and
 * {@link #setOutput}; {@link #tick} refreshes the elapsed time. Call on the UI thread.
 */
public final class TaskInspectorViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final GraphViewModel graph;
    private final Clock clock;
    private final Map<String, String> prompts = new HashMap<>();
    private final Map<String, String> outputs = new HashMap<>();
    private final Map<String, List<AttemptRow>> attemptsByTask = new HashMap<>();
    private final ObservableList<String> attempts = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyAttempts = FXCollections.unmodifiableObservableList(attempts);

    private final ReadOnlyBooleanWrapper hasTask = new ReadOnlyBooleanWrapper(this, "hasTask");
    private final ReadOnlyObjectWrapper<TaskStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper taskId = text("taskId");
    private final ReadOnlyStringWrapper name = text("name");
    private final ReadOnlyStringWrapper statusText = text("statusText");
    private final ReadOnlyStringWrapper agent = text("agent");
    private final ReadOnlyStringWrapper attempt = text("attempt");
    private final ReadOnlyStringWrapper started = text("started");
    private final ReadOnlyStringWrapper ended = text("ended");
    private final ReadOnlyStringWrapper elapsed = text("elapsed");
    private final ReadOnlyStringWrapper exitCode = text("exitCode");
    private final ReadOnlyStringWrapper level = text("level");
    private final ReadOnlyStringWrapper deps = text("deps");
    private final ReadOnlyStringWrapper prompt = text("prompt");
    private final ReadOnlyStringWrapper output = text("output");
    private final ReadOnlyStringWrapper promptSource = text("promptSource");

    public TaskInspectorViewModel(GraphViewModel graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
        graph.selectedTaskIdProperty().addListener((obs, old, id) -> refresh());
        graph.addTaskStateListener(i -> {
            if (i == graph.selectedIndex()) {
                refresh();
            }
        });
        graph.dagProperty().addListener((obs, old, d) -> {
            prompts.clear();
            outputs.clear();
            attemptsByTask.clear();
            refresh();
        });
        refresh();
    }

    private ReadOnlyStringWrapper text(String property) {
        return new ReadOnlyStringWrapper(this, property, "");
    }

    /** The exact text the current attempt of {@code id} was given (with upstream outputs appended). */
    public void setPrompt(String id, String text) {
        prompts.put(id, text);
        if (id.equals(taskId.get())) {
            refresh();
        }
    }

    /** The output of the current attempt of {@code id}, escape sequences removed. */
    public void setOutput(String id, String text) {
        outputs.put(id, text);
        if (id.equals(taskId.get())) {
            output.set(text);
        }
    }

    /** The attempts of {@code id} so far, first first. */
    public void setAttempts(String id, List<AttemptRow> rows) {
        attemptsByTask.put(id, List.copyOf(rows));
        if (id.equals(taskId.get())) {
            showAttempts(id);
        }
    }

    private void showAttempts(String id) {
        List<AttemptRow> rows = attemptsByTask.getOrDefault(id, List.of());
        attempts.setAll(rows.stream().map(this::describe).toList());
    }

    /**
     * One line about an attempt: {@code #2  failed, exit 1  12:00:01 → 12:00:04 (3s)  reason}.
     */
    String describe(AttemptRow a) {
        StringBuilder sb = new StringBuilder("#").append(a.attempt()).append("  ").append(a.status().wireName());
        if (a.exitCode() != null) {
            sb.append(", exit ").append(a.exitCode());
        }
        sb.append("  ").append(time(a.startedAt())).append(" \u2192 ")
                .append(a.endedAt() == null ? "now" : time(a.endedAt()));
        TaskState span = new TaskState(TaskStatus.RUNNING, a.attempt(), a.startedAt(), a.endedAt(), null);
        sb.append(" (").append(TaskState.formatDuration(span.elapsed(clock.instant()))).append(')');
        String reason = ExitReason.besideExit(a.exitCode(), a.reason());
        if (!reason.isBlank()) {
            sb.append("\n    ").append(reason);
        }
        return sb.toString();
    }

    /** Refreshes the elapsed time of a running task. */
    public void tick() {
        int i = graph.selectedIndex();
        if (i >= 0) {
            elapsed.set(elapsedText(graph.state(i)));
        }
    }

    private void refresh() {
        int i = graph.selectedIndex();
        hasTask.set(i >= 0);
        if (i < 0) {
            status.set(null);
            for (ReadOnlyStringWrapper p : new ReadOnlyStringWrapper[] {taskId, name, statusText, agent, attempt,
                    started, ended, elapsed, exitCode, level, deps, prompt, output, promptSource}) {
                p.set("");
            }
            attempts.clear();
            return;
        }
        TaskSpec t = graph.task(i);
        TaskState s = graph.state(i);
        taskId.set(t.id());
        name.set(t.name());
        status.set(s.status());
        statusText.set(StatusLook.label(s.status()));
        agent.set(t.agent());
        attempt.set(s.attempt() == 0 ? "not started (up to " + t.maxAttempts() + ")"
                : s.attempt() + " of " + t.maxAttempts());
        started.set(time(s.startedAt()));
        ended.set(time(s.endedAt()));
        elapsed.set(elapsedText(s));
        exitCode.set(s.exitCode() == null ? "\u2014" : String.valueOf(s.exitCode()));
        level.set(levelText(t.level()));
        deps.set(t.deps().isEmpty() ? "none" : String.join(", ", t.deps()));
        prompt.set(prompts.getOrDefault(t.id(), t.prompt()));
        promptSource.set(prompts.containsKey(t.id()) ? "as given to attempt " + Math.max(1, s.attempt())
                : "as written in the DAG file");
        output.set(outputs.getOrDefault(t.id(), ""));
        showAttempts(t.id());
    }

    private String elapsedText(TaskState s) {
        return s.startedAt() == null ? "\u2014" : TaskState.formatDuration(s.elapsed(clock.instant()));
    }

    private String time(Instant t) {
        if (t == null) {
            return "\u2014";
        }
        boolean today = LocalDate.ofInstant(t, clock.getZone()).equals(LocalDate.now(clock));
        return (today ? TIME : DAY_TIME).format(t.atZone(clock.getZone()));
    }

    private static String levelText(Level l) {
        return switch (l.type()) {
            case MECHANICAL -> "mechanical (starts when ready)";
            case CONFIRMED -> "confirmed (waits for approval)";
            case RECOMMENDED -> "recommended (" + l.defaultAction().fileName() + " after " + l.timeoutSecs() + "s)";
            case ARBITRATED -> "arbitrated by " + String.join(", ", l.stakeholders());
        };
    }

    /** Says where the shown prompt comes from: the DAG file, or the text an attempt was given. */
    public ReadOnlyStringProperty promptSourceProperty() {
        return promptSource.getReadOnlyProperty();
    }

    /** The selected task's attempts, one line each, first first. */
    public ObservableList<String> attempts() {
        return readOnlyAttempts;
    }

    public ReadOnlyBooleanProperty hasTaskProperty() {
        return hasTask.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskIdProperty() {
        return taskId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agentProperty() {
        return agent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attemptProperty() {
        return attempt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exitCodeProperty() {
        return exitCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty depsProperty() {
        return deps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }
}
