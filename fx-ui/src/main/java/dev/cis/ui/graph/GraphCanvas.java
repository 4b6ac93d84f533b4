package dev.cis.ui.graph;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.BoundingBox;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/**
 * Two stacked canvases the size of the view: the edges (redrawn when the viewport, the selection or the layout
 * change) and the task cards, with the shapes of {@link LiveMotion} around the card layer. The card layer is
 * redrawn whole when the viewport, the selection or the layout change; otherwise only the cards that changed are
 * drawn again, in the next frame ({@link DirtyCards}): a task whose status changed, and once a second a task whose
 * clock runs. A burst of status changes costs one mending of the card layer in the next frame; the edges, the most
 * expensive to draw, are left alone. Running and blocked tasks move about 30 times a second without any canvas
 * being drawn. Zoomed so far out that tasks are a few pixels, the canvases give way to a {@link TinyRaster}. The
 * timer runs only while the view is in a showing window.
 */
final class GraphCanvas extends Region {

    private static final double DRAG_SLOP = 4;

    private final GraphViewModel model;
    private final GraphViewport viewport;
    private final GraphPainter painter;
    private final Clock clock;
    private final Canvas edges = new Canvas();
    private final Canvas cards = new Canvas();
    private final TinyRaster tiny = new TinyRaster();
    private final DirtyCards dirty = new DirtyCards();
    private final LiveMotion motion = new LiveMotion();
    private final Rectangle clip = new Rectangle();
    private final IntConsumer stateListener = i -> {
        dirty.mark(i);
        motionDirty = true;
    };
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private final long startNanos = System.nanoTime();

    private boolean edgesDirty = true;
    private boolean motionDirty = true;
    private boolean tinyShown;
    private long clockSecond;
    private boolean fitPending;
    private long lastLiveFrame;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;
    private long frames;
    private Consumer<String> onActivate = id -> { };
    private TaskMenuHandler onMenu = (id, x, y) -> { };
    private boolean menuRequested;

    /** Asked to show a task's context menu at a point of the screen. */
    @FunctionalInterface
    interface TaskMenuHandler {
        void show(String taskId, double screenX, double screenY);
    }

    GraphCanvas(GraphViewModel model, GraphViewport viewport, GraphPainter painter, Clock clock) {
        this.model = model;
        this.viewport = viewport;
        this.painter = painter;
        this.clock = clock;
        getStyleClass().add("graph-canvas");
        cards.setMouseTransparent(true);
        getChildren().addAll(edges, motion.under(), cards, motion.over(), tiny.view());
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip); // the halos of tasks at the border stay inside
        setFocusTraversable(true);
        setMinSize(0, 0);
        model.addTaskStateListener(stateListener);
        model.layoutProperty().addListener((obs, old, l) -> {
            painter.reset(l);
            markDirty();
            fit(); // now, so that the first frame of the new graph shows all of it
        });
        model.selectedTaskIdProperty().addListener((obs, old, id) -> markDirty());
        viewport.zoomProperty().addListener((obs, o, n) -> markDirty());
        viewport.offsetXProperty().addListener((obs, o, n) -> markDirty());
        viewport.offsetYProperty().addListener((obs, o, n) -> markDirty());
        installInput();
        ObservableValue<Boolean> showing = sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        showing.addListener((obs, was, is) -> setAnimating(is));
        setAnimating(showing.getValue());
    }

    private void setAnimating(boolean on) {
        if (on) {
            markDirty();
            timer.start();
        } else {
            timer.stop();
        }
    }

    /** Everything is drawn again in the next frame. */
    void markDirty() {
        edgesDirty = true;
        motionDirty = true;
        dirty.markAll();
    }

    /** Fits the whole graph into the view. */
    void fit() {
        GraphLayout l = model.layoutProperty().get();
        if (l == null || getWidth() <= 0 || getHeight() <= 0) {
            fitPending = l != null;
            return;
        }
        fitPending = false;
        viewport.fit(new BoundingBox(0, 0, l.totalWidth(), l.totalHeight()), getWidth(), getHeight(), 24);
    }

    /** Number of frames in which something was drawn, for tests and benchmarks. */
    long paintedFrames() {
        return frames;
    }

    /** Draws now instead of waiting for the next animation frame. */
    void paintNow() {
        markDirty();
        frame(System.nanoTime());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (edges.getWidth() != w || edges.getHeight() != h) {
            for (Canvas c : new Canvas[] {edges, cards}) {
                c.setWidth(w);
                c.setHeight(h);
            }
            markDirty();
        }
        if (fitPending && w > 0 && h > 0) {
            fit();
        }
    }

    private void frame(long now) {
        GraphLayout l = model.layoutProperty().get();
        boolean small = l != null && !GraphPainter.drawsCards(viewport.zoom());
        if (small != tinyShown) {
            tinyShown = small;
            for (Node n : new Node[] {edges, motion.under(), cards, motion.over()}) {
                n.setVisible(!small);
            }
            tiny.view().setVisible(small);
            markDirty();
        }
        boolean painted = small ? paintTiny(l) : paintCanvases(l, now);
        if (painted) {
            frames++;
        }
    }

    private boolean paintCanvases(GraphLayout l, long now) {
        Instant instant = clock.instant();
        boolean painted = false;
        double w = edges.getWidth();
        double h = edges.getHeight();
        if (edgesDirty) {
            edgesDirty = false;
            painter.paintEdges(edges.getGraphicsContext2D(), l, viewport, w, h);
            painted = true;
        }
        long second = instant.getEpochSecond();
        if (l != null && second != clockSecond) {
            // tasks whose clock runs show their elapsed time: their cards are drawn again each second
            clockSecond = second;
            for (int i = 0; i < l.nodeCount(); i++) {
                if (painter.clockRuns(i)) {
                    dirty.mark(i);
                }
            }
        }
        if (!dirty.isEmpty()) {
            if (dirty.all()) {
                painter.paintCards(cards.getGraphicsContext2D(), l, viewport, w, h, instant);
            } else {
                painter.repairCards(cards.getGraphicsContext2D(), l, viewport, w, h, dirty, instant);
            }
            dirty.clear();
            painted = true;
        }
        if (motionDirty || (motion.showing() && now - lastLiveFrame >= motion.frameNanos())) {
            motionDirty = false;
            lastLiveFrame = now;
            boolean wasShowing = motion.showing();
            motion.update(l, viewport, viewport.visibleWorld(w, h), painter.palette(), i -> model.state(i).status(),
                    (now - startNanos) / 1e9);
            painted |= wasShowing || motion.showing();
        }
        return painted;
    }

    /** Tasks too small for cards: one image, redrawn when something changed; nothing animates. */
    private boolean paintTiny(GraphLayout l) {
        if (!edgesDirty && dirty.isEmpty()) {
            return false;
        }
        int selected = model.selectedIndex();
        GraphPalette palette = painter.palette();
        if (edgesDirty) {
            tiny.paintEdges(l, viewport, (int) edges.getWidth(), (int) edges.getHeight(), selected, palette);
        }
        edgesDirty = false;
        dirty.clear();
        tiny.paintTasks(l, viewport, selected, palette, i -> model.state(i).status());
        return true;
    }

    /** The task under a point of this region, or -1. */
    int taskAt(double localX, double localY) {
        GraphLayout l = model.layoutProperty().get();
        return l == null ? -1 : l.nodeAt(viewport.toWorldX(localX), viewport.toWorldY(localY));
    }

    private void installInput() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(taskAt(e.getX(), e.getY()) >= 0 ? Cursor.HAND : Cursor.DEFAULT));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            viewport.zoomBy(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, new GraphKeys(model, viewport, this)::handle);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int i = taskAt(e.getX(), e.getY());
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && i >= 0) {
                activate(model.task(i).id());
                e.consume();
            } else if (e.getButton() == MouseButton.SECONDARY && !menuRequested && i >= 0) {
                // platforms that send no context menu request for a right click
                showMenu(i, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            int i = e.isKeyboardTrigger() ? model.selectedIndex() : taskAt(e.getX(), e.getY());
            if (i >= 0) {
                menuRequested = true;
                showMenu(i, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    private void showMenu(int i, double screenX, double screenY) {
        model.selectIndex(i);
        onMenu.show(model.task(i).id(), screenX, screenY);
    }

    /** Opens a task the way a double click or Enter does. */
    void activate(String taskId) {
        onActivate.accept(taskId);
    }

    void setOnActivate(Consumer<String> handler) {
        onActivate = handler;
    }

    void setOnMenu(TaskMenuHandler handler) {
        onMenu = handler;
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        menuRequested = false;
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
    }

    private void onDragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_SLOP) {
            dragging = true;
            setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            viewport.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void onReleased(MouseEvent e) {
        if (dragging) {
            dragging = false;
            setCursor(Cursor.DEFAULT);
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY) {
            model.selectIndex(taskAt(e.getX(), e.getY()));
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            viewport.zoomBy(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            viewport.panBy(e.getDeltaY(), 0);
        } else {
            viewport.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
