package dev.cis.core.run;

import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.RunStatus;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure inside the work of a run is caught (a store error such as SQLITE_BUSY or a
 * full disk, a DAG that no longer loads, a bug): it is logged once with the run and task, and the affected
 * attempt or the run ends failed with that reason. Nothing that runs on the executor's loop for a run goes
 * around it, so a run never stays running with nothing live.
 */
final class RunGuard {

    private static final Logger LOG = LoggerFactory.getLogger(RunGuard.class);

    /** Ends a run failed; must not throw for a broken store (it records what it can). */
    interface RunFailure {
        void fail(ActiveRun run, String reason);
    }

    private final RunFailure onRunFailure;

    RunGuard(RunFailure onRunFailure) {
        this.onRunFailure = onRunFailure;
    }

    /** Does {@code action} of run {@code r}; when it throws, the run ends failed. */
    void run(ActiveRun r, String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("run {}: {} failed; the run ends failed", r.runId, what, e);
            failRun(r, "internal error while " + what + ": " + describe(e));
        }
    }

    /**
     * Does {@code action} of one attempt; when it throws, {@code failAttempt} ends the attempt failed with the
     * reason (and its task is retried or fails by the {@link RetryRule}); when that throws too, the run fails.
     */
    void attempt(ActiveRun r, AttemptKey key, String what, Runnable action, Consumer<String> failAttempt) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("run {} task {} attempt {}: {} failed; the attempt ends failed", r.runId, key.taskId(),
                    key.attempt(), what, e);
            String reason = "internal error while " + what + ": " + describe(e);
            run(r, "ending attempt " + key.attempt() + " of task '" + key.taskId() + "' after an error",
                    () -> failAttempt.accept(reason));
        }
    }

    private void failRun(ActiveRun r, String reason) {
        try {
            onRunFailure.fail(r, reason);
        } catch (RuntimeException e) {
            LOG.error("run {}: could not end the run after an error", r.runId, e);
            r.done.complete(RunStatus.FAILED);
        }
    }

    /** A failure as a person reads it: its message, with that of its root cause when it adds something. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        String rm = root.getMessage();
        return root == e || rm == null || m.contains(rm) ? m : m + " (" + rm + ")";
    }
}
