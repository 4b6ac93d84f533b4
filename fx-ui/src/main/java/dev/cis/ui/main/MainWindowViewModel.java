package dev.cis.ui.main;

import dev.cis.core.text.Plural;
import dev.cis.core.dag.Dag;
import dev.cis.ui.action.ActionsViewModel;
import dev.cis.ui.action.Questions;
import dev.cis.ui.graph.ElkGraphLayouter;
import dev.cis.ui.graph.GraphLayout;
import dev.cis.ui.graph.GraphLayouter;
import dev.cis.ui.graph.GraphViewModel;
import dev.cis.ui.inspector.TaskInspectorViewModel;
import dev.cis.ui.run.RunListRow;
import dev.cis.ui.run.RunListViewModel;
import dev.cis.ui.theme.Theme;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: the runs list, the graph of the shown run or DAG, the inspector, the theme,
 * and what the status bar says (node, Matrix, blocked tasks). Call on the UI thread.
 */
public final class MainWindowViewModel {

    private final GraphViewModel graph;
    private final RunListViewModel runs;
    private final TaskInspectorViewModel inspector;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "cis");
    private final StringProperty statusMessage = new SimpleStringProperty(this, "statusMessage", "Ready");
    private final ReadOnlyObjectWrapper<ConnectionState> nodeState =
            new ReadOnlyObjectWrapper<>(this, "nodeState", ConnectionState.DISCONNECTED);
    private final ReadOnlyStringWrapper nodeText = new ReadOnlyStringWrapper(this, "nodeText", "Node: not connected");
    private final ReadOnlyObjectWrapper<ConnectionState> matrixState =
            new ReadOnlyObjectWrapper<>(this, "matrixState", ConnectionState.OFF);
    private final ReadOnlyStringWrapper matrixText = new ReadOnlyStringWrapper(this, "matrixText", "Matrix: off");
    private final ReadOnlyIntegerWrapper blockedTasks = new ReadOnlyIntegerWrapper(this, "blockedTasks");
    private final Questions questions = new Questions();
    private final ActionsViewModel actions;

    /**
     * @param ui runs the results of node calls on the UI thread
     */
    public MainWindowViewModel(GraphViewModel graph, RunListViewModel runs, TaskInspectorViewModel inspector,
            Executor ui) {
        this.graph = graph;
        this.runs = runs;
        this.inspector = inspector;
        this.actions = new ActionsViewModel(graph, runs, questions, statusMessage::set, ui);
        title.bind(Bindings.createStringBinding(
                () -> graph.dagProperty().get() == null ? "cis" : graph.dagProperty().get().name() + " \u2014 cis",
                graph.dagProperty()));
        blockedTasks.bind(Bindings.createIntegerBinding(this::countBlocked,
                runs.rows(), runs.selectedRunIdProperty(), graph.blockedCountProperty()));
    }

    /** A window model with an ELK layout computed on {@code layoutExecutor}, results applied via {@code ui}. */
    public static MainWindowViewModel create(Executor layoutExecutor, Executor ui, Clock clock) {
        return create(new ElkGraphLayouter(), layoutExecutor, ui, clock);
    }

    /**
     * A window model whose layouts {@code layouter} computes on {@code layoutExecutor} (for example one that a
     * {@link dev.cis.ui.graph.LayoutWarmUp} warms up), results applied via {@code ui}.
     */
    public static MainWindowViewModel create(GraphLayouter layouter, Executor layoutExecutor, Executor ui,
            Clock clock) {
        GraphViewModel graph = new GraphViewModel(layouter, layoutExecutor, ui);
        return new MainWindowViewModel(graph, new RunListViewModel(), new TaskInspectorViewModel(graph, clock), ui);
    }

    /**
     * Blocked tasks everywhere: live from the graph for the shown run, from the runs list for the others.
     */
    private int countBlocked() {
        String shown = runs.selectedRunIdProperty().get();
        int n = graph.blockedCountProperty().get();
        for (RunListRow row : runs.rows()) {
            if (row instanceof RunListRow.Entry e && e.run().isActive() && !e.run().runId().equals(shown)) {
                n += e.run().blockedTasks();
            }
        }
        return n;
    }

    /** Shows a DAG (not a run): every task pending. Completes when its layout is applied. */
    public CompletableFuture<GraphLayout> openDag(Dag dag) {
        runs.select(null);
        statusMessage.set("Opened " + dag.name() + " (" + Plural.of(dag.tasks().size(), "task") + ")");
        return graph.setDag(dag);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** What the status bar says about the node this window talks to. */
    public void setNodeState(ConnectionState state, String detail) {
        nodeState.set(state);
        nodeText.set("Node: " + detail);
    }

    /** What the status bar says about the Matrix connection. */
    public void setMatrixState(ConnectionState state, String detail) {
        matrixState.set(state);
        matrixText.set("Matrix: " + detail);
    }

    public GraphViewModel graph() {
        return graph;
    }

    public RunListViewModel runs() {
        return runs;
    }

    public TaskInspectorViewModel inspector() {
        return inspector;
    }

    /** What a person can do now (run a DAG, approve, answer, kill, retry, cancel). */
    public ActionsViewModel actions() {
        return actions;
    }

    /** The questions blocked sessions ask now. */
    public Questions questions() {
        return questions;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public ReadOnlyObjectProperty<ConnectionState> nodeStateProperty() {
        return nodeState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeTextProperty() {
        return nodeText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> matrixStateProperty() {
        return matrixState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matrixTextProperty() {
        return matrixText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty blockedTasksProperty() {
        return blockedTasks.getReadOnlyProperty();
    }
}
