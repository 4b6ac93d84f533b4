package dev.cis.app.cli;

import dev.cis.app.node.NodeFiles;
import dev.cis.app.node.NodeLauncher;
import dev.cis.app.node.NodeReadiness;
import dev.cis.app.node.NodeStartException;
import dev.cis.core.config.CisHome;
import dev.cis.core.model.RunStatus;
import dev.cis.core.store.RunStore;
import java.io.PrintWriter;

/**
 * What read commands do when the store says work is running but no node is alive (docs/decisions/0081): the
 * stored state is what the node last wrote, so {@code dag status} and {@code dag list} start the node first (as
 * the commands that act on runs do); its recovery ends the attempts that died and retries or fails their tasks
 * before it answers. When it cannot be started they say plainly what the stored state means.
 */
final class StoredRunsCheck {

    private StoredRunsCheck() {
    }

    /** Tasks (attempts that never ended) and runs the store shows running; zero when nothing runs. */
    static long runningInStore(RunStore store) {
        long attempts = store.unfinishedAttempts().size();
        return attempts > 0 ? attempts
                : store.activeRuns().stream().filter(r -> r.status() == RunStatus.RUNNING).count();
    }

    /** Starts the node when the store shows running work and no node answers; prints one line to {@code err}. */
    static void recoverIfNodeDown(CisHome home, RunStore store, PrintWriter err) {
        long running = runningInStore(store);
        if (running == 0 || answers(home)) {
            return;
        }
        NodeFiles files = new NodeFiles(home);
        try {
            long pid = NodeLauncher.forThisJvm().start(home).info().pid();
            err.println("cis: the node was not running; started it (pid " + pid + ") and it recovered what was "
                    + "running when it stopped");
        } catch (NodeStartException e) {
            err.println("cis: the node is not running and could not be started (" + e.summary() + "; see "
                    + files.log() + "); what shows as running below was running when it stopped and runs no more");
        }
        err.flush();
    }

    private static boolean answers(CisHome home) {
        try {
            return NodeReadiness.probe(new NodeFiles(home)).isPresent();
        } catch (NodeStartException e) {
            return true; // a node of another version answers: it owns the runs
        }
    }
}
