package dev.cis.ui.main;

import atlantafx.base.theme.Styles;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.ui.action.ActionProblem;
import dev.cis.ui.action.ActionsViewModel;
import dev.cis.ui.action.Shortcuts;
import dev.cis.ui.action.TaskActionsPane;
import dev.cis.ui.terminal.CisTerminalWidget;
import dev.cis.ui.terminal.OpenedTerminal;
import dev.cis.ui.terminal.TerminalOpener;
import dev.cis.ui.terminal.TerminalTabsView;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The window's controls that act on the node: the Run DAG button with its recent files, the task buttons of the
 * tool bar, the task context menu of the graph, the inspector's task actions, dropping DAG files on the window,
 * keyboard shortcuts, and the terminal tabs. Installed once the window is connected to a node.
 */
public final class LiveControls {

    private final MainWindowViewModel model;
    private final MainWindowView view;
    private final ActionsViewModel actions;
    private final TerminalOpener opener;
    private final TerminalTabsView terminals;
    private final TaskMenu menu;

    public LiveControls(MainWindowViewModel model, MainWindowView view, TerminalOpener opener) {
        this.model = model;
        this.view = view;
        this.actions = model.actions();
        this.opener = opener;
        this.terminals = new TerminalTabsView(view.terminalTabs(), Platform::runLater);
        terminals.themeProperty().bind(model.themeProperty());
        this.menu = new TaskMenu(actions, this::openSelectedTerminal, this::confirm);
    }

    public void install(Scene scene) {
        runButton();
        actionBar();
        view.inspectorView().actionSlot().getChildren().setAll(
                new TaskActionsPane(actions, this::openSelectedTerminal, this::confirm));
        view.graphView().setOnTaskActivated(id -> openSelectedTerminal());
        view.graphView().setOnTaskMenu((id, x, y) -> menu.show(view.graphView(), x, y));
        dropFiles();
        accelerators(scene);
        actions.problemProperty().addListener((obs, o, p) -> {
            if (p != null) {
                showProblem(p);
                actions.clearProblem();
            }
        });
    }

    private void runButton() {
        var run = view.runButton();
        run.setVisible(true);
        run.setManaged(true);
        run.setTooltip(new Tooltip(Shortcuts.tip("Check a DAG file and run it; drop a .toml or .json file on the "
                + "window to do the same", Shortcuts.RUN_DAG)));
        run.setOnAction(e -> chooseAndRun());
        run.disableProperty().bind(actions.connectedProperty().not());
        view.openButton().setVisible(false);
        view.openButton().setManaged(false);
        actions.recentFiles().ifPresent(recent -> {
            recent.files().addListener((ListChangeListener<Path>) c -> recentMenu());
            recentMenu();
        });
    }

    private void recentMenu() {
        var items = view.runButton().getItems();
        items.clear();
        actions.recentFiles().ifPresent(recent -> {
            for (Path p : recent.files()) {
                MenuItem item = new MenuItem(p.getFileName() + "  \u2014  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> runDag(p));
                items.add(item);
            }
        });
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No DAG run yet");
            none.setDisable(true);
            items.add(none);
        }
        if (view.opener().isPresent()) {
            MenuItem preview = new MenuItem("Show a DAG file without running it\u2026");
            preview.setOnAction(e -> view.openButtonFire());
            items.addAll(new SeparatorMenuItem(), preview);
        }
    }

    private void actionBar() {
        var bar = view.actionBar();
        bar.setVisible(true);
        bar.setManaged(true);
        bar.getChildren().setAll(
                tool("tool-terminal", MaterialDesignC.CONSOLE, "Open the selected task's terminal",
                        actions.canOpenTerminalProperty(), this::openSelectedTerminal, Shortcuts.OPEN_TERMINAL),
                tool("tool-approve", MaterialDesignC.CHECK_BOLD, "Approve the selected task",
                        actions.canApproveProperty(), () -> actions.approve(ApprovalDecision.APPROVE),
                        Shortcuts.APPROVE),
                tool("tool-skip", MaterialDesignS.SKIP_NEXT, "Skip the selected task", actions.canApproveProperty(),
                        () -> actions.approve(ApprovalDecision.SKIP), Shortcuts.SKIP),
                tool("tool-kill", MaterialDesignS.STOP_CIRCLE_OUTLINE, "Kill the selected task's session",
                        actions.canKillProperty(), this::killSession, Shortcuts.KILL),
                tool("tool-retry", MaterialDesignR.REPLAY, "Retry from the selected task (it and its dependents)",
                        actions.canRetryProperty(), actions::retryFromHere, Shortcuts.RETRY),
                tool("tool-cancel", MaterialDesignC.CANCEL, "Cancel the run", actions.canCancelProperty(),
                        this::cancelRun, Shortcuts.CANCEL_RUN));
    }

    private static Button tool(String id, Ikon icon, String tip, ObservableBooleanValue enabled, Runnable action,
            KeyCombination keys) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(Shortcuts.tip(tip, keys)));
        b.disableProperty().bind(Bindings.not(enabled));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void dropFiles() {
        var root = view.root();
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(LiveControls::isDag)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Optional<File> dag = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().filter(LiveControls::isDag).findFirst() : Optional.empty();
            dag.ifPresent(f -> runDag(f.toPath()));
            e.setDropCompleted(dag.isPresent());
            e.consume();
        });
    }

    private static boolean isDag(File f) {
        String n = f.getName().toLowerCase(Locale.ROOT);
        return f.isFile() && (n.endsWith(".toml") || n.endsWith(".json"));
    }

    private void accelerators(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(Shortcuts.RUN_DAG, this::chooseAndRun);
        acc.put(Shortcuts.OPEN_TERMINAL, this::openSelectedTerminal);
        acc.put(Shortcuts.CLOSE_TERMINAL, terminals::closeSelected);
        acc.put(Shortcuts.APPROVE, when(actions.canApproveProperty(), () -> actions.approve(ApprovalDecision.APPROVE)));
        acc.put(Shortcuts.SKIP, when(actions.canApproveProperty(), () -> actions.approve(ApprovalDecision.SKIP)));
        acc.put(Shortcuts.ANSWER_YES, when(actions.canAnswerProperty(), () -> actions.answer("y\r")));
        acc.put(Shortcuts.ANSWER_NO, when(actions.canAnswerProperty(), () -> actions.answer("n\r")));
        acc.put(Shortcuts.ANSWER_ENTER, when(actions.canAnswerProperty(), () -> actions.answer("\r")));
        acc.put(Shortcuts.KILL, when(actions.canKillProperty(), this::killSession));
        acc.put(Shortcuts.RETRY, when(actions.canRetryProperty(), actions::retryFromHere));
        acc.put(Shortcuts.CANCEL_RUN, when(actions.canCancelProperty(), this::cancelRun));
    }

    private static Runnable when(ObservableBooleanValue enabled, Runnable action) {
        return () -> {
            if (enabled.get()) {
                action.run();
            }
        };
    }

    void chooseAndRun() {
        if (!actions.connectedProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Run a DAG file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("DAG files (*.toml, *.json)", "*.toml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        actions.recentFiles().flatMap(r -> r.files().stream().findFirst()).map(Path::getParent)
                .filter(d -> d.toFile().isDirectory()).ifPresent(d -> chooser.setInitialDirectory(d.toFile()));
        File file = chooser.showOpenDialog(view.root().getScene().getWindow());
        if (file != null) {
            runDag(file.toPath());
        }
    }

    /** Checks and runs a DAG file; its run is shown once it starts. */
    public CompletableFuture<String> runDag(Path file) {
        return actions.launch(file);
    }

    void openSelectedTerminal() {
        actions.selectedTask().ifPresent(t -> openTerminal(t.runId(), t.taskId()));
    }

    /** Opens a task's terminal in a tab (live, or its recording); completes with the widget shown. */
    public CompletableFuture<CisTerminalWidget> openTerminal(String runId, String taskId) {
        return opener.open(runId, taskId).handleAsync((t, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                model.statusMessageProperty().set(cause.getMessage());
                return null;
            }
            CisTerminalWidget w = terminals.show(t);
            makeRoomForTerminals();
            model.statusMessageProperty().set(describe(t));
            return w;
        }, Platform::runLater);
    }

    /** Raises the terminal area to a readable height (about 16 lines, at most 40 % of the window's middle). */
    private void makeRoomForTerminals() {
        var split = view.verticalSplit();
        double h = split.getHeight();
        double wanted = Math.min(300, h * 0.4);
        if (h > 0 && split.getDividers().size() == 1) {
            double terminalHeight = h * (1 - split.getDividerPositions()[0]);
            if (terminalHeight < wanted) {
                split.setDividerPositions(1 - wanted / h);
            }
        }
    }

    private static String describe(OpenedTerminal t) {
        return (t.live() ? "Attached to " : "Showing the recording of ") + t.sessionId()
                + (t.live() ? " (closing its tab detaches; the session keeps running)" : "");
    }

    private void killSession() {
        if (confirm("Kill the session of the selected task? Its attempt fails and may be retried.")) {
            actions.killSession();
        }
    }

    private void cancelRun() {
        if (confirm("Cancel the run? Its running sessions are stopped and unfinished tasks are cancelled.")) {
            actions.cancelRun();
        }
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.initOwner(view.root().getScene().getWindow());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void showProblem(ActionProblem p) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(p.title());
        TextArea details = new TextArea(p.details());
        details.setId("problem-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.getStyleClass().add("mono-area");
        details.setPrefRowCount(Math.min(14, (int) p.details().lines().count() + 1));
        alert.getDialogPane().setContent(details);
        alert.getDialogPane().setPrefWidth(720);
        alert.initOwner(view.root().getScene().getWindow());
        alert.show();
    }

    public TerminalTabsView terminals() {
        return terminals;
    }
}
