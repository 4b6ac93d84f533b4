package dev.cis.ui.graph;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.dag.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays out made-up DAGs of growing size on a thread of its own from the start of the app, so that the layout code
 * is loaded and compiled before the first real DAG comes: in a fresh JVM, the first layouts of a 2,000-task DAG
 * take three to four times as long as later ones, and small DAGs do not compile the paths large ones take. A real
 * layout that starts meanwhile makes the step under way stop (see {@link GraphLayouter#warmUp}); the step is done
 * again once the real layout is over. Made-up DAGs look like pipelines: each task depends on one or two of the
 * few dozen tasks before it.
 */
public final class LayoutWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutWarmUp.class);
    /** The made-up DAGs, in tasks: the first loads the code, the next ones get it compiled. */
    static final int[] SIZES = {300, 600, 1000, 1500, 2000, 2000};

    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Thread thread;

    private LayoutWarmUp() {
    }

    /** Starts warming {@code layouter} up on a daemon thread. */
    public static LayoutWarmUp start(GraphLayouter layouter) {
        LayoutWarmUp warmUp = new LayoutWarmUp();
        warmUp.thread = NamedThreads.start("cis-layout-warm-up", () -> warmUp.run(layouter));
        return warmUp;
    }

    private void run(GraphLayouter layouter) {
        long start = System.nanoTime();
        try {
            for (int tasks : SIZES) {
                Dag dag = madeUp(tasks);
                while (!layouter.warmUp(dag)) {
                    if (Thread.currentThread().isInterrupted()) {
                        LOG.debug("graph layout warm-up stopped");
                        return;
                    }
                }
            }
            LOG.debug("graph layout warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } finally {
            done.complete(null);
        }
    }

    /** Stops warming up (at the next step of the layout); nothing happens when it is over already. */
    public void stop() {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
        }
    }

    /** Completes when the warm-up is over or stopped. */
    public CompletableFuture<Void> done() {
        return done;
    }

    /** A pipeline-like DAG of {@code tasks} tasks, the same for the same size. */
    static Dag madeUp(int tasks) {
        Random random = new Random(tasks);
        List<TaskSpec> specs = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            Set<String> deps = new LinkedHashSet<>();
            int window = Math.min(i, 40);
            for (int k = window == 0 ? 0 : 1 + random.nextInt(2); k > 0; k--) {
                deps.add("w" + (i - 1 - random.nextInt(window)));
            }
            specs.add(new TaskSpec("w" + i, "w" + i, "shell", "", "", List.copyOf(deps), 0, 0, 0, Path.of("."),
                    Map.of(), true, Level.MECHANICAL, null, List.of(), ""));
        }
        return new Dag("warm-up", "", 1, Policy.ALL_SUCCESS, "shell", Path.of("."), Map.of(), 0, specs, null);
    }
}
