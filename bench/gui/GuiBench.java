import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.ElkGraphLayouter;
import dev.cis.ui.graph.GraphView;
import dev.cis.ui.graph.LayoutWarmUp;
import dev.cis.ui.live.EventPump;
import dev.cis.ui.window.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.theme.Theme;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures the dashboard at 2,000 tasks / 3,000 dependencies on the real window, headless (Monocle, software
 * rendering), and prints a markdown table:
 * <ul>
 * <li>opening a DAG: from handing it to the window to the end of the rendering of the first frame that shows it
 * (ELK layout included), in a fresh JVM whose layout warm-up started with it as the app's does (cold) and again
 * with another DAG (warm);</li>
 * <li>FX pulse time while every task changes status 10 times a second, published from another thread through
 * the window's event pump as node events are: per pulse, from its start on the FX thread to the end of its
 * rendering (JavaFX's pulse logger), p50 / p99 / max, with the whole graph in view and at 100 %;</li>
 * <li>for context: ELK alone, a full repaint's drawing commands, the gaps between pulses, and a burst of
 * 20,000 events through the pump.</li>
 * </ul>
 * Run with bench/gui/run.sh, which turns the pulse logger on.
 */
public final class GuiBench {

    private static final int TASKS = Integer.getInteger("bench.tasks", 2000);
    private static final int EDGES = Integer.getInteger("bench.edges", 3000);
    private static final double CHURN_SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "8"));
    private static final int EVENTS = Integer.getInteger("bench.events", 20_000);
    /** How long after the window shows the first DAG is opened (a person or `cis gui FILE` takes a while). */
    private static final long OPEN_AFTER_MS = Long.getLong("bench.openAfterMs", 0);
    /** Measure only the first opening (run.sh runs a fresh JVM for each first opening). */
    private static final boolean ONLY_FIRST_OPEN = Boolean.getBoolean("bench.onlyFirstOpen");
    private static final TaskStatus[] CYCLE = {TaskStatus.READY, TaskStatus.RUNNING, TaskStatus.BLOCKED,
        TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.RETRYING, TaskStatus.PENDING};

    private static final List<String[]> ROWS = new ArrayList<>();
    private static PulseLog pulses;

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | AssertionError e) {
            // e.g. a window that stopped rendering: end the process instead of waiting on the FX thread forever
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        if (!Boolean.getBoolean("javafx.pulseLogger")) {
            throw new IllegalStateException("run with -Djavafx.pulseLogger=true (bench/gui/run.sh does)");
        }
        pulses = PulseLog.install();
        // as the app does from its start: the layout code is loaded and compiled while the toolkit starts
        ElkGraphLayouter layouter = new ElkGraphLayouter();
        LayoutWarmUp warmUp = LayoutWarmUp.start(layouter);
        Dag dag = generate(TASKS, EDGES, 40, 7);
        int deps = dag.tasks().stream().mapToInt(t -> t.deps().size()).sum();
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get();
        Platform.setImplicitExit(false);
        ExecutorService layoutPool = Executors.newSingleThreadExecutor();
        MainWindowViewModel model = fx(() -> MainWindowViewModel.create(layouter, layoutPool, Platform::runLater,
                Clock.systemUTC()));
        MainWindow window = fx(() -> {
            MainWindow w = MainWindow.create(model, Optional.empty(), Runnable::run);
            WindowState d = WindowState.defaults();
            w.show(new Stage(), new WindowState(0, 0, 1400, 900, false, d.runsDivider(), d.inspectorDivider(),
                    d.terminalDivider(), Theme.LIGHT), s -> { });
            return w;
        });
        GraphView graph = window.view().graphView();
        settle();
        Thread.sleep(OPEN_AFTER_MS);

        openDag(model, graph, dag, OPEN_AFTER_MS == 0 ? "fresh JVM, DAG opened as soon as the window shows"
                : String.format("fresh JVM, DAG opened %.1f s after the window shows", OPEN_AFTER_MS / 1000.0));
        if (ONLY_FIRST_OPEN) {
            ROWS.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
            Platform.exit();
            System.exit(0);
        }
        warmUp.done().get(120, TimeUnit.SECONDS); // the rest is measured without it
        openDag(model, graph, generate(TASKS, EDGES, 40, 11), "then another DAG of the same size");
        layout(dag);
        openDag(model, graph, dag, "warm: the first DAG again");
        settle();
        repaintCost(graph, "whole graph in view");
        churn(model, graph, dag, "whole graph in view");
        fx(() -> {
            graph.viewport().zoomBy(1 / graph.viewport().zoom(), 0, 0);
            graph.centerOn(dag.tasks().get(TASKS / 2).id());
            return null;
        });
        settle();
        repaintCost(graph, "100 % zoom");
        churn(model, graph, dag, "100 % zoom");
        bridge(model, dag);
        layoutPool.shutdownNow();
        Platform.exit();

        System.out.printf("%n%,d tasks, %,d dependencies; JavaFX %s, prism %s, %s; %d CPUs; Java %s%n%n", TASKS, deps,
                System.getProperty("javafx.runtime.version"), System.getProperty("prism.order", "default"),
                System.getProperty("glass.platform", "default"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.println("| measure | result | target |");
        System.out.println("|---|---|---|");
        ROWS.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |"));
    }

    private static void row(String measure, String result, String target) {
        ROWS.add(new String[] {measure, result, target});
        System.err.println(measure + ": " + result);
    }

    /** Lets the window finish what it was doing (a dozen pulses). */
    private static void settle() throws Exception {
        CountDownLatch frames = new CountDownLatch(12);
        AnimationTimer t = fx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.countDown();
                }
            };
            timer.start();
            return timer;
        });
        frames.await(30, TimeUnit.SECONDS);
        fx(() -> {
            t.stop();
            return null;
        });
    }

    private static void layout(Dag dag) {
        ElkGraphLayouter layouter = new ElkGraphLayouter();
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            layouter.layout(dag);
            warm[i] = ms(System.nanoTime() - t);
        }
        Arrays.sort(warm);
        row("ELK layout alone, warm", String.format("median %.0f ms (min %.0f, max %.0f)", warm[2], warm[0], warm[4]),
                "");
    }

    /** From handing the DAG to the window to the end of the rendering of the first frame that shows it. */
    private static void openDag(MainWindowViewModel model, GraphView graph, Dag dag, String what) throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<Long> painted = new CompletableFuture<>();
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        fx(() -> {
            model.openDag(dag).thenRun(() -> {
                laidOut.complete(System.nanoTime());
                long before = graph.paintedFrames();
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (graph.paintedFrames() > before) {
                            stop();
                            painted.complete(now);
                        }
                    }
                }.start();
            });
            return null;
        });
        long pulseStart = painted.get(120, TimeUnit.SECONDS);
        long rendered = pulses.renderedAfter(pulseStart, 30);
        row("open a 2,000-task DAG until its first frame is rendered (" + what + ")",
                String.format("%.0f ms (layout applied after %.0f ms)", ms(rendered - t0),
                        ms(laidOut.get() - t0)), "< 1,000 ms");
    }

    private static void repaintCost(GraphView graph, String where) throws Exception {
        double[] cost = new double[30];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = fx(() -> {
                long t = System.nanoTime();
                graph.paintNow();
                return ms(System.nanoTime() - t);
            });
        }
        Arrays.sort(cost);
        row("full repaint, " + where + ": drawing commands on the FX thread",
                String.format("p50 %.1f ms, p99 %.1f ms", pct(cost, 50), pct(cost, 99)), "");
    }

    /**
     * Every task changes status 10 times a second: a publisher thread offers 2,000 status changes every 100 ms to
     * the event pump, which hands them to the FX thread in batches; each is applied to the graph.
     */
    private static void churn(MainWindowViewModel model, GraphView graph, Dag dag, String where) throws Exception {
        List<String> ids = dag.tasks().stream().map(TaskSpec::id).toList();
        List<Double> applyCost = new ArrayList<>();
        EventPump pump = new EventPump(Platform::runLater, batch -> applyCost.add(apply(model, batch)), 1_000_000);
        ScheduledExecutorService publisher = NamedThreads.scheduled("bench-publisher", 1);
        Instant start = Instant.now();
        int[] tick = {0};
        long framesBefore = graph.paintedFrames();
        Gaps gaps = fx(Gaps::begin);
        long from = System.nanoTime();
        publisher.scheduleAtFixedRate(() -> {
            for (int i = 0; i < ids.size(); i++) {
                TaskStatus to = CYCLE[(i + tick[0]) % CYCLE.length];
                pump.offer(new TaskStatusChanged(start, "bench", ids.get(i), TaskStatus.PENDING, to, 1, null, null));
            }
            tick[0]++;
        }, 0, 100, TimeUnit.MILLISECONDS);
        Thread.sleep((long) (CHURN_SECONDS * 1000));
        long to = System.nanoTime();
        publisher.shutdownNow();
        publisher.awaitTermination(10, TimeUnit.SECONDS);
        double[] gap = fx(gaps::finish);
        pump.close();
        settle();
        double[] pulse = pulses.totalsBetween(from, to);
        double[] cost = applyCost.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long frames = graph.paintedFrames() - framesBefore;
        row("FX pulse time, 2,000 statuses changing 10 times a second, " + where,
                String.format("p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d pulses in %.0f s)", pct(pulse, 50),
                        pct(pulse, 99), pulse[pulse.length - 1], pulse.length, CHURN_SECONDS), "p99 < 16 ms");
        row("  meanwhile: gaps between pulses; graph frames drawn; batches applied",
                String.format("gap p50 %.1f ms, p99 %.1f ms; %d frames; %d batches, p50 %.2f ms, p99 %.2f ms",
                        pct(gap, 50), pct(gap, 99), frames, cost.length, pct(cost, 50), pct(cost, 99)), "");
    }

    private static double apply(MainWindowViewModel model, List<CisEvent> batch) {
        long t = System.nanoTime();
        for (CisEvent e : batch) {
            TaskStatusChanged c = (TaskStatusChanged) e;
            model.graph().applyTaskStatus(c.taskId(), c.to(), c.attempt(), c.ts(), null);
        }
        return ms(System.nanoTime() - t);
    }

    /** A burst: {@code bench.events} status changes offered to the pump as fast as a thread can. */
    private static void bridge(MainWindowViewModel model, Dag dag) throws Exception {
        List<String> ids = dag.tasks().stream().map(TaskSpec::id).toList();
        List<Double> cost = new ArrayList<>();
        int[] applied = {0};
        CompletableFuture<Long> all = new CompletableFuture<>();
        EventPump pump = new EventPump(Platform::runLater, batch -> {
            cost.add(apply(model, batch));
            applied[0] += batch.size();
            if (applied[0] >= EVENTS) {
                all.complete(System.nanoTime());
            }
        }, 1_000_000);
        Instant ts = Instant.now();
        long t0 = System.nanoTime();
        NamedThreads.start("bench-burst", () -> {
            for (int i = 0; i < EVENTS; i++) {
                TaskStatus to = CYCLE[(i / ids.size()) % CYCLE.length];
                pump.offer(new TaskStatusChanged(ts, "bench", ids.get(i % ids.size()), TaskStatus.PENDING, to, 1,
                        null, null));
            }
        });
        long t1 = all.get(120, TimeUnit.SECONDS);
        double max = cost.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        row(String.format("burst of %,d status changes through the event pump", EVENTS),
                String.format("applied in %.0f ms, in %d UI batches (largest batch %.1f ms)", ms(t1 - t0),
                        pump.batches(), max), "");
        pump.close();
    }

    /** Gaps between the pulses, recorded by an animation timer. Start and stop on the FX thread. */
    private static final class Gaps extends AnimationTimer {
        private final List<Double> gaps = new ArrayList<>();
        private long last;

        static Gaps begin() {
            Gaps g = new Gaps();
            g.start();
            return g;
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                gaps.add(ms(now - last));
            }
            last = now;
        }

        double[] finish() {
            stop();
            return gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }

    /**
     * The records of JavaFX's pulse logger ({@code -Djavafx.pulseLogger=true} with a threshold so high that every
     * pulse is printed in its short form {@code [n intervalms:totalms]} on the error stream, where {@code total} runs
     * from the pulse's start on the FX thread to the end of its rendering). Each record is kept with the time it
     * arrived (the end of the rendering); the rest of the error stream passes through.
     */
    private static final class PulseLog extends OutputStream {
        private static final Pattern RECORD = Pattern.compile("\\[(\\d+) (\\d+)ms:(\\d+)ms\\]");
        private final PrintStream through;
        private final StringBuilder pending = new StringBuilder();
        private final List<long[]> records = new ArrayList<>();

        private PulseLog(PrintStream through) {
            this.through = through;
        }

        static PulseLog install() {
            PulseLog log = new PulseLog(System.err);
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            return log;
        }

        @Override
        public synchronized void write(int b) {
            char c = (char) b;
            if (pending.length() == 0 && c != '[') {
                through.write(b);
                return;
            }
            pending.append(c);
            if (c == ']' || pending.length() > 40) {
                Matcher m = RECORD.matcher(pending);
                if (m.matches()) {
                    records.add(new long[] {System.nanoTime(), Long.parseLong(m.group(3))});
                    notifyAll();
                } else {
                    through.print(pending);
                }
                pending.setLength(0);
            }
        }

        /** Totals (ms) of the pulses whose rendering ended between two instants. */
        synchronized double[] totalsBetween(long from, long to) {
            return records.stream().filter(r -> r[0] >= from && r[0] <= to).mapToDouble(r -> r[1]).sorted()
                    .toArray();
        }

        /**
         * When the rendering of the pulse that started at {@code pulseStart} (or of a later one) ended: the first
         * record whose start (its arrival minus its total, to the millisecond) is not before that pulse.
         */
        synchronized long renderedAfter(long pulseStart, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            int seen = 0;
            while (System.nanoTime() < deadline) {
                for (; seen < records.size(); seen++) {
                    long[] r = records.get(seen);
                    if (r[0] - (r[1] + 1) * 1_000_000L >= pulseStart - 1_000_000L) {
                        return r[0];
                    }
                }
                wait(100);
            }
            throw new IllegalStateException("no pulse was rendered within " + seconds + " s");
        }
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
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
