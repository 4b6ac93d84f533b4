import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.run.TaskStatus;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.ui.graph.ElkGraphLayouter;
import dev.cis.ui.live.EventPump;
import dev.cis.ui.graph.GraphView;
import dev.cis.ui.main.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.theme.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Measures the dashboard graph at 2,000 tasks / 3,000 dependencies, headless:
 * ELK layout (cold and warm), time to the first drawn frame, the cost of a full repaint, and the frame
 * intervals (p50/p99 of the gaps between FX pulses) while every task changes status 10 times a second.
 * Run with bench/gui/run.sh.
 */
public final class GuiBench {

    private static final int TASKS = Integer.getInteger("bench.tasks", 2000);
    private static final int EDGES = Integer.getInteger("bench.edges", 3000);
    private static final double CHURN_SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "6"));

    public static void main(String[] args) throws Exception {
        Dag dag = generate(TASKS, EDGES, 40, 7);
        System.out.printf("cis GUI benchmark: %,d tasks, %,d dependencies, prism=%s, platform=%s%n", TASKS,
                dag.tasks().stream().mapToInt(t -> t.deps().size()).sum(), System.getProperty("prism.order", "default"),
                System.getProperty("glass.platform", "default"));
        layout(dag);
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        Platform.setImplicitExit(false);
        ExecutorService layoutPool = Executors.newSingleThreadExecutor();
        MainWindowViewModel model = fx(() -> MainWindowViewModel.create(layoutPool, Platform::runLater, Clock.systemUTC()));
        MainWindow window = fx(() -> {
            MainWindow w = MainWindow.create(model, Optional.empty(), Runnable::run);
            WindowState d = WindowState.defaults();
            w.show(new Stage(), new WindowState(0, 0, 1400, 900, false, d.runsDivider(), d.inspectorDivider(),
                    d.terminalDivider(), Theme.LIGHT), s -> { });
            return w;
        });
        GraphView graph = window.view().graphView();
        firstFrame(model, graph, dag);
        repaintCost(graph, "fit (all tasks visible)");
        churn(model, graph, dag, "fit (all tasks visible)");
        bridge(model, dag);
        fx(() -> {
            graph.viewport().zoomBy(1 / graph.viewport().zoom(), 0, 0);
            graph.centerOn(dag.tasks().get(TASKS / 2).id());
            return null;
        });
        repaintCost(graph, "100 % zoom");
        churn(model, graph, dag, "100 % zoom");
        layoutPool.shutdownNow();
        Platform.exit();
    }

    private static void layout(Dag dag) {
        ElkGraphLayouter layouter = new ElkGraphLayouter();
        long t0 = System.nanoTime();
        layouter.layout(dag);
        double cold = ms(System.nanoTime() - t0);
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            layouter.layout(dag);
            warm[i] = ms(System.nanoTime() - t);
        }
        Arrays.sort(warm);
        System.out.printf("layout (ELK layered)          cold %7.0f ms   warm median %6.0f ms  (min %.0f, max %.0f)%n",
                cold, warm[warm.length / 2], warm[0], warm[warm.length - 1]);
    }

    /** From handing the DAG to the window to the first frame that shows it (layout included). */
    private static void firstFrame(MainWindowViewModel model, GraphView graph, Dag dag) throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        fx(() -> {
            model.openDag(dag).thenRun(() -> {
                long laidOut = System.nanoTime();
                long before = graph.paintedFrames();
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (graph.paintedFrames() > before) {
                            stop();
                            System.out.printf("layout applied after          %7.0f ms%n", ms(laidOut - t0));
                            drawn.complete(System.nanoTime());
                        }
                    }
                }.start();
            });
            return null;
        });
        long t1 = drawn.get(120, TimeUnit.SECONDS);
        System.out.printf("first frame drawn after       %7.0f ms  (open DAG -> layout -> first paint)%n", ms(t1 - t0));
    }

    private static void repaintCost(GraphView graph, String where) throws Exception {
        double[] cost = new double[30];
        for (int i = 0; i < cost.length; i++) {
            int k = i;
            cost[k] = fx(() -> {
                long t = System.nanoTime();
                graph.paintNow();
                return ms(System.nanoTime() - t);
            });
        }
        Arrays.sort(cost);
        System.out.printf("full repaint, %-22s p50 %5.1f ms   p99 %5.1f ms  (FX thread, drawing commands)%n", where,
                pct(cost, 50), pct(cost, 99));
    }

    /** Every task changes status 10 times a second; records the gaps between pulses and the update cost. */
    private static void churn(MainWindowViewModel model, GraphView graph, Dag dag, String where) throws Exception {
        TaskStatus[] cycle = {TaskStatus.READY, TaskStatus.RUNNING, TaskStatus.BLOCKED, TaskStatus.COMPLETED,
            TaskStatus.FAILED, TaskStatus.RETRYING, TaskStatus.PENDING};
        List<String> ids = dag.tasks().stream().map(TaskSpec::id).toList();
        List<Double> gaps = new ArrayList<>();
        List<Double> batches = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        long framesBefore = graph.paintedFrames();
        fx(() -> {
            int[] tick = {0};
            Instant start = Instant.now();
            Timeline updates = new Timeline(new KeyFrame(Duration.millis(100), e -> {
                long t = System.nanoTime();
                for (int i = 0; i < ids.size(); i++) {
                    model.graph().applyTaskStatus(ids.get(i), cycle[(i + tick[0]) % cycle.length], 1, start, null);
                }
                tick[0]++;
                batches.add(ms(System.nanoTime() - t));
            }));
            updates.setCycleCount(Timeline.INDEFINITE);
            long end = System.nanoTime() + (long) (CHURN_SECONDS * 1e9);
            AnimationTimer pulses = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        gaps.add(ms(now - last));
                    }
                    last = now;
                    if (now >= end) {
                        stop();
                        updates.stop();
                        done.complete(null);
                    }
                }
            };
            updates.play();
            pulses.start();
            return null;
        });
        done.get((long) CHURN_SECONDS + 60, TimeUnit.SECONDS);
        long frames = graph.paintedFrames() - framesBefore;
        double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] b = batches.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("churn at %-22s pulses %4d (%.0f/s)  gap p50 %5.1f ms  p99 %6.1f ms  max %6.1f ms;"
                + "  graph frames %d;  2,000 updates p50 %.2f ms p99 %.2f ms%n", where, g.length + 1,
                (g.length + 1) / CHURN_SECONDS, pct(g, 50), pct(g, 99), g[g.length - 1], frames, pct(b, 50), pct(b, 99));
    }

    /**
     * Events from the node as the window receives them: a thread publishes {@code bench.events} status changes as
     * fast as it can into the one event pump; each batch is applied on the FX thread. Reports how many UI pulses
     * that took, what a batch costs, and the gaps between pulses meanwhile.
     */
    private static void bridge(MainWindowViewModel model, Dag dag) throws Exception {
        int events = Integer.getInteger("bench.events", 20_000);
        TaskStatus[] cycle = {TaskStatus.RUNNING, TaskStatus.BLOCKED, TaskStatus.RUNNING, TaskStatus.COMPLETED};
        List<String> ids = dag.tasks().stream().map(TaskSpec::id).toList();
        List<Double> batchCost = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        int[] applied = {0};
        CompletableFuture<Long> allApplied = new CompletableFuture<>();
        EventPump pump = new EventPump(Platform::runLater, batch -> {
            long t = System.nanoTime();
            for (CisEvent e : batch) {
                TaskStatusChanged c = (TaskStatusChanged) e;
                model.graph().applyTaskStatus(c.taskId(), c.to(), c.attempt(), c.ts(), null);
            }
            batchCost.add(ms(System.nanoTime() - t));
            applied[0] += batch.size();
            if (applied[0] >= events) {
                allApplied.complete(System.nanoTime());
            }
        }, 1_000_000);
        AnimationTimer pulses = fx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        gaps.add(ms(now - last));
                    }
                    last = now;
                }
            };
            timer.start();
            return timer;
        });
        Instant ts = Instant.now();
        long t0 = System.nanoTime();
        NamedThreads.start("bench-publisher", () -> {
            for (int i = 0; i < events; i++) {
                String id = ids.get(i % ids.size());
                TaskStatus to = cycle[(i / ids.size()) % cycle.length];
                pump.offer(new TaskStatusChanged(ts, "bench", id, TaskStatus.PENDING, to, 1, null, null));
            }
        });
        long t1 = allApplied.get(120, TimeUnit.SECONDS);
        fx(() -> {
            pulses.stop();
            return null;
        });
        double[] c = batchCost.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("bridge: %,d events            applied in %6.0f ms in %d UI pulses;  batch p50 %.2f ms  max %.2f ms;"
                + "  pulse gap p50 %.1f ms  max %.1f ms%n", events, ms(t1 - t0), pump.batches(), pct(c, 50),
                c[c.length - 1], g.length == 0 ? 0 : pct(g, 50), g.length == 0 ? 0 : g[g.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    /** Tasks depending on tasks shortly before them, like real pipelines (same shape as the UI tests use). */
    private static Dag generate(int tasks, int edges, int window, long seed) {
        Random random = new Random(seed);
        List<List<String>> deps = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            deps.add(new ArrayList<>());
        }
        int made = 0;
        int guard = 0;
        while (made < edges && guard++ < edges * 20) {
            int to = window + random.nextInt(tasks - window);
            int from = to - 1 - random.nextInt(window);
            if (!deps.get(to).contains("t" + from)) {
                deps.get(to).add("t" + from);
                made++;
            }
        }
        String[] agents = {"claude", "codex", "shell", "aider", "gemini"};
        List<TaskSpec> specs = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            specs.add(new TaskSpec("t" + i, "task " + i, agents[i % agents.length], "work " + i, "", deps.get(i), 3600,
                    0, 5, Path.of("/tmp"), Map.of(), true, Level.MECHANICAL, null, List.of(), ""));
        }
        return new Dag("bench", "", 4, Policy.ALL_SUCCESS, "shell", Path.of("/tmp"), Map.of(), 0, specs, null);
    }
}
