package dev.cis.ui.main;

import dev.cis.ui.window.MainWindow;
import dev.cis.core.dag.Dag;
import dev.cis.ui.graph.GraphView;
import dev.cis.ui.icons.AppIcon;
import dev.cis.ui.inspector.TaskInspectorView;
import dev.cis.ui.run.RunListView;
import dev.cis.ui.theme.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Controller of {@code MainWindow.fxml}: puts the runs list, graph and inspector in place and binds them. */
public final class MainWindowView {

    private final MainWindowViewModel model;
    private final Optional<DagFileOpener> opener;
    private final Executor io;
    private GraphView graphView;
    private RunListView runListView;
    private TaskInspectorView inspectorView;

    @FXML private BorderPane root;
    @FXML private ImageView logo;
    @FXML private Button openButton;
    @FXML private SplitMenuButton runButton;
    @FXML private HBox actionBar;
    @FXML private Label dagTitle;
    @FXML private Label dagMeta;
    @FXML private FontIcon dagIcon;
    @FXML private Button themeButton;
    @FXML private SplitPane verticalSplit;
    @FXML private SplitPane mainSplit;
    @FXML private StackPane runsSlot;
    @FXML private StackPane graphSlot;
    @FXML private StackPane inspectorSlot;
    @FXML private TabPane terminalTabs;
    @FXML private VBox terminalEmpty;
    @FXML private StatusBar statusBar;

    public MainWindowView(MainWindowViewModel model, Optional<DagFileOpener> opener, Executor io) {
        this.model = model;
        this.opener = opener;
        this.io = io;
    }

    @FXML
    private void initialize() {
        graphView = new GraphView(model.graph());
        graphView.themeProperty().bind(model.themeProperty());
        runListView = new RunListView(model.runs());
        inspectorView = TaskInspectorView.load(model.inspector());
        graphSlot.getChildren().add(graphView);
        runsSlot.getChildren().add(runListView);
        inspectorSlot.getChildren().add(inspectorView.root());
        SplitPane.setResizableWithParent(runsSlot, false);
        SplitPane.setResizableWithParent(inspectorSlot, false);
        SplitPane.setResizableWithParent(verticalSplit.getItems().get(1), false);
        logo.setImage(AppIcon.image(64));
        openButton.setVisible(opener.isPresent());
        openButton.setManaged(opener.isPresent());
        openButton.setTooltip(new Tooltip("Open a DAG file (TOML or JSON) and show its graph"));
        bindTitle();
        bindTheme();
        terminalEmpty.visibleProperty().bind(Bindings.isEmpty(terminalTabs.getTabs()));
        new StatusBarBinder(model, statusBar).bind();
    }

    private void bindTitle() {
        dagTitle.textProperty().bind(Bindings.createStringBinding(
                () -> dag() == null ? "No DAG open" : dag().name(), model.graph().dagProperty()));
        dagMeta.textProperty().bind(Bindings.createStringBinding(() -> dag() == null ? ""
                : dag().tasks().size() + (dag().tasks().size() == 1 ? " task" : " tasks")
                        + "  \u00b7  " + dag().policy().fileName() + "  \u00b7  max " + dag().maxWorkers() + " at once",
                model.graph().dagProperty()));
        dagIcon.visibleProperty().bind(model.graph().dagProperty().isNotNull());
    }

    private Dag dag() {
        return model.graph().dagProperty().get();
    }

    private void bindTheme() {
        model.themeProperty().addListener((obs, old, t) -> showTheme(t));
        showTheme(model.themeProperty().get());
    }

    private void showTheme(Theme t) {
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add("theme-" + t.id());
        themeButton.setGraphic(new FontIcon(t == Theme.DARK ? MaterialDesignW.WHITE_BALANCE_SUNNY
                : MaterialDesignW.WEATHER_NIGHT));
        themeButton.setTooltip(new Tooltip(t == Theme.DARK ? "Switch to the light theme" : "Switch to the dark theme"));
    }

    @FXML
    private void toggleTheme() {
        model.toggleTheme();
    }

    @FXML
    private void openDag() {
        if (opener.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a DAG file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("DAG files (*.toml, *.json)", "*.toml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            open(file.toPath());
        }
    }

    public void openButtonFire() {
        openDag();
    }

    /** Reads {@code file} off the UI thread and shows it, or says why it cannot. */
    public CompletableFuture<Void> open(Path file) {
        DagFileOpener o = opener.orElseThrow(() -> new IllegalStateException("no DAG file opener"));
        model.statusMessageProperty().set("Opening " + file.getFileName() + "\u2026");
        return CompletableFuture.supplyAsync(() -> {
            try {
                return o.open(file);
            } catch (DagOpenException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).handleAsync((dag, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                model.statusMessageProperty().set("Could not open " + file.getFileName());
                showError("Could not open " + file.getFileName(), cause.getMessage());
            } else {
                model.openDag(dag);
            }
            return null;
        }, Platform::runLater);
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    public BorderPane root() {
        return root;
    }

    public GraphView graphView() {
        return graphView;
    }

    public RunListView runListView() {
        return runListView;
    }

    public TaskInspectorView inspectorView() {
        return inspectorView;
    }

    public TabPane terminalTabs() {
        return terminalTabs;
    }

    public SplitPane mainSplit() {
        return mainSplit;
    }

    Button openButton() {
        return openButton;
    }

    SplitMenuButton runButton() {
        return runButton;
    }

    HBox actionBar() {
        return actionBar;
    }

    Optional<DagFileOpener> opener() {
        return opener;
    }

    public SplitPane verticalSplit() {
        return verticalSplit;
    }
}
