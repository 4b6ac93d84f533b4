package dev.cis.ui.inspector;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.StatusLook;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The task inspector (right pane): binds {@code TaskInspector.fxml} to a {@link TaskInspectorViewModel}. */
public final class TaskInspectorView {

    private final TaskInspectorViewModel model;
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    @FXML private Parent root;
    @FXML private VBox emptyState;
    @FXML private VBox details;
    @FXML private ScrollPane detailsScroll;
    @FXML private Label nameLabel;
    @FXML private Label statusBadge;
    @FXML private Label idValue;
    @FXML private Label agentValue;
    @FXML private Label attemptValue;
    @FXML private Label startedValue;
    @FXML private Label endedValue;
    @FXML private Label elapsedValue;
    @FXML private Label exitCodeValue;
    @FXML private Label levelValue;
    @FXML private Label depsValue;
    @FXML private Label promptSourceLabel;
    @FXML private TextArea promptArea;
    @FXML private TextArea outputArea;
    @FXML private ListView<String> attemptsList;
    @FXML private VBox actionSlot;

    private TaskInspectorView(TaskInspectorViewModel model) {
        this.model = model;
    }

    /** Loads the view from its FXML. */
    public static TaskInspectorView load(TaskInspectorViewModel model) {
        TaskInspectorView view = new TaskInspectorView(model);
        FXMLLoader loader = new FXMLLoader(TaskInspectorView.class.getResource("TaskInspector.fxml"));
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load TaskInspector.fxml", e);
        }
        return view;
    }

    @FXML
    private void initialize() {
        emptyState.visibleProperty().bind(model.hasTaskProperty().not());
        detailsScroll.visibleProperty().bind(model.hasTaskProperty());
        nameLabel.textProperty().bind(model.nameProperty());
        statusBadge.textProperty().bind(model.statusTextProperty());
        idValue.textProperty().bind(model.taskIdProperty());
        agentValue.textProperty().bind(model.agentProperty());
        attemptValue.textProperty().bind(model.attemptProperty());
        startedValue.textProperty().bind(model.startedProperty());
        endedValue.textProperty().bind(model.endedProperty());
        elapsedValue.textProperty().bind(model.elapsedProperty());
        exitCodeValue.textProperty().bind(model.exitCodeProperty());
        levelValue.textProperty().bind(model.levelProperty());
        depsValue.textProperty().bind(model.depsProperty());
        promptSourceLabel.textProperty().bind(model.promptSourceProperty());
        promptArea.textProperty().bind(model.promptProperty());
        outputArea.textProperty().bind(model.outputProperty());
        attemptsList.setItems(model.attempts());
        attemptsList.setPlaceholder(new Label("No attempt yet."));
        model.statusProperty().addListener((obs, old, s) -> showStatus(old, s));
        showStatus(null, model.statusProperty().get());
        clock.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                clock.stop();
            } else {
                clock.play();
            }
        });
    }

    private void tick() {
        if (model.hasTaskProperty().get()) {
            model.tick();
        }
    }

    private void showStatus(TaskStatus old, TaskStatus s) {
        if (old != null) {
            statusBadge.getStyleClass().remove(StatusLook.styleClass(old));
        }
        if (s != null) {
            statusBadge.getStyleClass().add(StatusLook.styleClass(s));
            statusBadge.setGraphic(new FontIcon(StatusLook.icon(s)));
        }
    }

    public Parent root() {
        return root;
    }

    /** Where the actions on the selected task go (answer, approve, terminal, kill, retry). */
    public VBox actionSlot() {
        return actionSlot;
    }
}
