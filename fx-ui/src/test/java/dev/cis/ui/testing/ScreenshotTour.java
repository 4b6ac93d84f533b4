package dev.cis.ui.testing;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.TaskState;
import dev.cis.ui.main.ConnectionState;
import dev.cis.ui.window.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.run.RunSummary;
import dev.cis.ui.snapshot.PngImages;
import dev.cis.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Renders the main window with a run in progress (every status on screen) into PNGs, light and dark, so the
 * look can be checked by eye. Run headless with the Monocle system properties; argument: output folder.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/tour");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        for (Theme theme : Theme.values()) {
            shoot(out.resolve("window-" + theme.id() + ".png"), theme, sampleRun(), "review", 0);
        }
        shoot(out.resolve("graph-100-light.png"), Theme.LIGHT, sampleRun(), "review", 1.0);
        shoot(out.resolve("graph-100-dark.png"), Theme.DARK, sampleRun(), "review", 1.0);
        shoot(out.resolve("big-light.png"), Theme.LIGHT, TestDags.layered(2000, 3000, 40, 7), null, 0);
        Platform.exit();
    }

    private static void shoot(Path file, Theme theme, Dag dag, String select, double zoom) throws Exception {
        var layout = Executors.newSingleThreadExecutor();
        Instant now = Instant.now();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainWindowViewModel model = MainWindowViewModel.create(layout, Platform::runLater, Clock.systemUTC());
            MainWindow window = MainWindow.create(model, Optional.of(f -> dag), Runnable::run);
            Stage stage = new Stage();
            WindowState d = WindowState.defaults();
            window.show(stage, new WindowState(0, 0, 1400, 900, false, d.runsDivider(), d.inspectorDivider(),
                    d.terminalDivider(), theme), s -> { });
            model.setNodeState(ConnectionState.CONNECTED, "local \u00b7 4 sessions");
            model.runs().setRuns(runs(now));
            model.runs().select("7f3a9c21");
            model.graph().setDag(dag).thenRun(() -> {
                applyStatuses(model, dag, now);
                model.graph().select(select);
                model.inspector().setOutput("review", "Reviewed 14 files.\nTwo questions for you above.");
                javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
                p.setOnFinished(e -> {
                    try {
                        var graph = window.view().graphView();
                        if (zoom > 0) {
                            var v = graph.viewport();
                            v.zoomBy(zoom / v.zoom(), graph.getWidth() / 2, graph.getHeight() / 2);
                        }
                        graph.paintNow();
                        PngImages.writeScene(window.scene(), file);
                        stage.hide();
                        done.complete(null);
                    } catch (Exception ex) {
                        done.completeExceptionally(ex);
                    }
                });
                p.play();
            });
        });
        done.get(120, TimeUnit.SECONDS);
        layout.shutdownNow();
        System.out.println("wrote " + file);
    }

    private static void applyStatuses(MainWindowViewModel model, Dag dag, Instant now) {
        TaskStatus[] cycle = {TaskStatus.COMPLETED, TaskStatus.COMPLETED, TaskStatus.RUNNING, TaskStatus.PENDING,
            TaskStatus.FAILED, TaskStatus.BLOCKED, TaskStatus.READY, TaskStatus.SKIPPED, TaskStatus.RETRYING,
            TaskStatus.WAITING_APPROVAL, TaskStatus.CANCELLED};
        if (dag.tasks().size() > 20) {
            for (int i = 0; i < dag.tasks().size(); i++) {
                TaskStatus s = i < 1200 ? TaskStatus.COMPLETED : cycle[i % cycle.length];
                model.graph().applyTaskState(dag.tasks().get(i).id(),
                        new TaskState(s, 1, now.minusSeconds(100 + i), s.isTerminal() ? now : null, 0));
            }
            return;
        }
        set(model, "plan", TaskStatus.COMPLETED, 1, now.minusSeconds(900), now.minusSeconds(700), 0);
        set(model, "api", TaskStatus.COMPLETED, 2, now.minusSeconds(690), now.minusSeconds(300), 0);
        set(model, "ui", TaskStatus.RUNNING, 1, now.minusSeconds(650), null, null);
        set(model, "docs", TaskStatus.FAILED, 1, now.minusSeconds(640), now.minusSeconds(500), 2);
        set(model, "migrate", TaskStatus.RETRYING, 2, now.minusSeconds(30), null, null);
        set(model, "tests", TaskStatus.READY, 0, null, null, null);
        set(model, "review", TaskStatus.BLOCKED, 1, now.minusSeconds(130), null, null);
        set(model, "approve", TaskStatus.WAITING_APPROVAL, 0, null, null, null);
        set(model, "bench", TaskStatus.SKIPPED, 0, null, null, null);
        set(model, "ship", TaskStatus.PENDING, 0, null, null, null);
    }

    private static void set(MainWindowViewModel m, String id, TaskStatus s, int attempt, Instant start, Instant end,
            Integer exit) {
        m.graph().applyTaskState(id, new TaskState(s, attempt, start, end, exit));
    }

    private static List<RunSummary> runs(Instant now) {
        return List.of(
                new RunSummary("7f3a9c21", "release-2.4", RunStatus.RUNNING, now.minusSeconds(900), null, 3, 12, 1,
                        "local"),
                new RunSummary("a1b2c3d4", "nightly-refactor", RunStatus.RUNNING, now.minusSeconds(3000), null, 40,
                        64, 2, "build-box"),
                new RunSummary("0c9d8e7f", "docs-sweep", RunStatus.COMPLETED, now.minusSeconds(86_000),
                        now.minusSeconds(80_000), 9, 9, 0, "local"),
                new RunSummary("55aa66bb", "release-2.3", RunStatus.FAILED, now.minusSeconds(200_000),
                        now.minusSeconds(190_000), 7, 12, 0, "local"),
                new RunSummary("99ee88dd", "triage-issues", RunStatus.CANCELLED, now.minusSeconds(400_000),
                        now.minusSeconds(399_000), 2, 5, 0, "laptop"));
    }

    /** A release pipeline of twelve tasks with varied agents and levels. */
    static Dag sampleRun() {
        List<TaskSpec> t = new ArrayList<>();
        t.add(spec("plan", "Plan the release", "claude", List.of()));
        t.add(spec("api", "Implement the API changes", "codex", List.of("plan")));
        t.add(spec("ui", "Update the dashboard views", "claude", List.of("plan")));
        t.add(spec("docs", "Write the release notes", "aider", List.of("plan")));
        t.add(spec("migrate", "Database migration", "shell", List.of("plan")));
        t.add(spec("tests", "Run the full test suite", "shell", List.of("api", "ui", "migrate")));
        t.add(spec("review", "Review every change", "claude", List.of("tests", "docs")));
        t.add(spec("bench", "Benchmarks", "shell", List.of("docs")));
        t.add(spec("approve", "Release approval", "shell", List.of("review", "bench")));
        t.add(spec("ship", "Tag and publish", "shell", List.of("approve")));
        t.add(spec("announce", "Announce the release", "gemini", List.of("ship")));
        t.add(spec("cleanup", "Close the milestone", "opencode", List.of("ship")));
        return TestDags.dag("release-2.4", t);
    }

    private static TaskSpec spec(String id, String name, String agent, List<String> deps) {
        Level level = id.equals("approve") ? new Level(Level.Type.CONFIRMED, 0, Level.DefaultAction.EXECUTE, List.of())
                : Level.MECHANICAL;
        TaskSpec base = TestDags.task(id, deps, agent);
        return new TaskSpec(id, name, agent, name + ": do it carefully and report what changed.", "", deps,
                base.timeoutSecs(), 2, 5, base.workDir(), base.env(), true, level, null, List.of(), "");
    }
}
