package dev.cis.ui.graph;

import dev.cis.core.text.Plural;
import atlantafx.base.theme.Styles;
import dev.cis.ui.theme.Theme;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The live DAG graph: a canvas with zoom controls, a status legend, and empty and "laying out" states.
 * Zoom with Ctrl+wheel or +/-, pan by dragging or with the wheel, F fits, click selects.
 */
public final class GraphView extends StackPane {

    private final GraphViewModel model;
    private final GraphViewport viewport = new GraphViewport();
    private final GraphPainter painter;
    private final GraphCanvas canvas;
    private final GraphLegend legend;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    public GraphView(GraphViewModel model) {
        this(model, Clock.systemUTC());
    }

    public GraphView(GraphViewModel model, Clock clock) {
        this.model = model;
        this.painter = new GraphPainter(model);
        this.canvas = new GraphCanvas(model, viewport, painter, clock);
        this.legend = new GraphLegend(model, painter);
        getStyleClass().add("graph-view");
        setMinSize(200, 150);
        theme.addListener((obs, old, t) -> {
            painter.setPalette(GraphPalette.of(t));
            legend.refresh();
            canvas.markDirty();
        });
        getChildren().addAll(canvas, emptyState(), layingOutState(), legendCard(), legend, zoomControls());
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(12));
        legend.prefWrapLengthProperty().bind(widthProperty().subtract(48));
    }

    /**
     * The card with a shadow behind the legend, as large as the legend: drawn once and kept as an image (it
     * changes only with the legend's size), while the counts on it change.
     */
    private Region legendCard() {
        Region card = new Region();
        card.getStyleClass().add("graph-legend-card");
        card.setMouseTransparent(true);
        card.setCache(true);
        card.minWidthProperty().bind(legend.widthProperty());
        card.maxWidthProperty().bind(legend.widthProperty());
        card.minHeightProperty().bind(legend.heightProperty());
        card.maxHeightProperty().bind(legend.heightProperty());
        card.visibleProperty().bind(legend.visibleProperty());
        StackPane.setAlignment(card, Pos.TOP_LEFT);
        StackPane.setMargin(card, new Insets(12));
        return card;
    }

    private VBox emptyState() {
        FontIcon icon = new FontIcon(MaterialDesignS.SITEMAP_OUTLINE);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("No DAG to show");
        title.getStyleClass().addAll(Styles.TITLE_4);
        Label hint = new Label("Run a DAG file (drop it here), or pick a run on the left.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, icon, title, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("graph-empty");
        box.setMouseTransparent(true);
        box.visibleProperty().bind(model.dagProperty().isNull());
        return box;
    }

    /**
     * "Laying out N tasks…", with a spinner once it has lasted a second: a spinner turning 60 times a second takes
     * the processor from the layout, and flashes for nothing when the layout is quick.
     */
    private VBox layingOutState() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        spinner.setVisible(false);
        PauseTransition longWait = new PauseTransition(Duration.seconds(1));
        longWait.setOnFinished(e -> spinner.setVisible(true));
        model.layingOutProperty().addListener((obs, was, is) -> {
            spinner.setVisible(false);
            if (is) {
                longWait.playFromStart();
            } else {
                longWait.stop();
            }
        });
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(
                () -> "Laying out " + String.format("%,d ", model.taskCount()) + Plural.word(model.taskCount(), "task")
                        + "\u2026",
                model.layingOutProperty()));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.setMouseTransparent(true);
        box.visibleProperty().bind(model.layingOutProperty());
        return box;
    }

    private HBox zoomControls() {
        Button out = iconButton(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (-)", "zoom-out");
        out.setOnAction(e -> zoomOut());
        Button in = iconButton(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (+)", "zoom-in");
        in.setOnAction(e -> zoomIn());
        Button fit = iconButton(MaterialDesignF.FIT_TO_SCREEN, "Fit the whole graph (F)", "zoom-fit");
        fit.setOnAction(e -> fit());
        Label percent = new Label();
        percent.getStyleClass().add("zoom-percent");
        percent.textProperty().bind(viewport.zoomProperty().multiply(100).asString("%.0f %%"));
        HBox box = new HBox(2, out, percent, in, fit);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("graph-toolbar");
        box.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        box.visibleProperty().bind(model.layoutProperty().isNotNull());
        box.setCache(true);
        StackPane.setAlignment(box, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(box, new Insets(12));
        return box;
    }

    private static Button iconButton(Ikon ikon, String tip, String id) {
        Button b = new Button(null, new FontIcon(ikon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }

    public void zoomIn() {
        viewport.zoomBy(GraphViewport.STEP, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomBy(1 / GraphViewport.STEP, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    public void fit() {
        canvas.fit();
    }

    public GraphViewport viewport() {
        return viewport;
    }

    /** Pans so that a task is in the middle of the view. */
    public void centerOn(String taskId) {
        GraphLayout l = model.layoutProperty().get();
        int i = model.indexOf(taskId);
        if (l != null && i >= 0) {
            viewport.panBy(canvas.getWidth() / 2 - viewport.toScreenX(l.centerX(i)),
                    canvas.getHeight() / 2 - viewport.toScreenY(l.centerY(i)));
        }
    }

    /** Where a task is drawn, in this view's coordinates; empty when it is not laid out. */
    public Optional<Bounds> taskBounds(String taskId) {
        GraphLayout l = model.layoutProperty().get();
        int i = model.indexOf(taskId);
        if (l == null || i < 0) {
            return Optional.empty();
        }
        Point2D topLeft = canvas.localToParent(viewport.toScreenX(l.x()[i]), viewport.toScreenY(l.y()[i]));
        double z = viewport.zoom();
        return Optional.of(new BoundingBox(topLeft.getX(), topLeft.getY(), l.width()[i] * z, l.height()[i] * z));
    }

    /** Number of frames drawn so far; grows while something changes or moves. */
    public long paintedFrames() {
        return canvas.paintedFrames();
    }

    /** Draws the current state at once (snapshots, tests). */
    public void paintNow() {
        canvas.paintNow();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** What a double click on a task, or Enter on the selected one, does (e.g. open its terminal). */
    public void setOnTaskActivated(Consumer<String> handler) {
        canvas.setOnActivate(handler);
    }

    /** Shows a context menu for a task (right click, or the menu key on the selected task). */
    public void setOnTaskMenu(TaskMenuRequest handler) {
        canvas.setOnMenu(handler::show);
    }

    /** A request for a task's context menu at a point of the screen. */
    @FunctionalInterface
    public interface TaskMenuRequest {
        void show(String taskId, double screenX, double screenY);
    }

    /** Gives the keyboard focus to the graph. */
    public void focusGraph() {
        canvas.requestFocus();
    }
}
