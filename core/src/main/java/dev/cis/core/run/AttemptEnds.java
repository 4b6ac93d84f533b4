package dev.cis.core.run;

import dev.cis.core.agent.AgentExit;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.SessionCompleted;
import dev.cis.core.event.SessionFailed;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.AttemptEnd;
import dev.cis.core.store.NewAttempt;
import dev.cis.core.store.RunStore;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records how an attempt ended (completed, failed, timed out, cancelled) and what its task does next: a failed
 * attempt is retried while the {@link RetryRule} allows it, else its task fails. Runs on the executor's loop.
 */
final class AttemptEnds {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptEnds.class);

    private final RunStore store;
    private final EventBus bus;
    private final Clock clock;
    private final String nodeId;

    AttemptEnds(RunStore store, EventBus bus, Clock clock, String nodeId) {
        this.store = store;
        this.bus = bus;
        this.clock = clock;
        this.nodeId = nodeId;
    }

    /** The session of a live attempt ended (or could not be waited for: {@code err}). */
    void ended(ActiveRun r, LiveAttempt a, AgentExit exit, Throwable err, String output) {
        String taskId = a.task().id();
        Integer code = exit == null ? null : exit.exitCode();
        long bytes = a.session().session().bytesOut();
        TaskState s = r.state(taskId);
        Instant now = clock.instant();
        if (a.cancelled) {
            store.endAttempt(a.key(), AttemptEnd.cancelled(output, bytes, a.endReason), null);
            bus.publish(new SessionFailed(now, a.key().sessionId(), a.endReason));
        } else if (err == null && exit.succeeded() && a.endReason == null) {
            store.endAttempt(a.key(), AttemptEnd.completed(exit.exitCode(), output, bytes), TaskStatus.COMPLETED);
            r.put(taskId, s.withStatus(TaskStatus.COMPLETED));
            bus.publish(new SessionCompleted(now, a.key().sessionId(), exit.exitCode()));
            bus.publish(new TaskStatusChanged(now, r.runId, taskId, s.status(), TaskStatus.COMPLETED,
                    a.key().attempt(), code, null));
        } else {
            String reason = a.endReason != null ? a.endReason
                    : err != null ? "the session failed: " + RunGuard.describe(err) : "exited with code " + code;
            failed(r, a.key(), a.task(), code, output, bytes, reason, a.timedOut);
        }
    }

    /**
     * A live attempt failed: its task is retried while the {@link RetryRule} allows it (and the run is not
     * stopping), else it fails.
     */
    void failed(ActiveRun r, AttemptKey key, TaskSpec task, Integer code, String output, long bytes, String reason,
            boolean timedOut) {
        TaskState s = r.state(task.id());
        int attempt = key.attempt();
        boolean retry = !r.cancelling && RetryRule.mayRetry(task, attempt, s.budgetFrom());
        TaskStatus next = retry ? TaskStatus.RETRYING : TaskStatus.FAILED;
        Instant now = clock.instant();
        store.endAttempt(key, timedOut ? AttemptEnd.timedOut(code, output, bytes, reason)
                : AttemptEnd.failed(code, output, bytes, reason), next);
        r.put(task.id(), s.atAttempt(next, attempt, retry ? now.plus(RetryRule.backoff(task, attempt, s.budgetFrom()))
                : null));
        bus.publish(new SessionFailed(now, key.sessionId(), reason));
        bus.publish(new TaskStatusChanged(now, r.runId, task.id(), s.status(), next, attempt, code,
                retry ? reason + "; " + RetryRule.describe(task, attempt, s.budgetFrom()) : reason));
    }

    /**
     * An attempt failed for an error of cis (a store error, a bug) before or while its session started: like any
     * failed attempt, its task is retried while the {@link RetryRule} allows it. {@code begun}: its start is in
     * the store.
     */
    void failedInternally(ActiveRun r, TaskSpec t, AttemptKey key, TaskState before, String reason, boolean begun) {
        if (!begun) {
            store.beginAttempt(new NewAttempt(key, nodeId, null, null));
        }
        r.put(t.id(), before.atAttempt(TaskStatus.RUNNING, key.attempt(), null));
        failed(r, key, t, null, null, 0, reason, false);
    }

    /**
     * An attempt that never got a session (unknown profile, missing work_dir, the program could not start): its
     * task fails without a retry, which would fail the same way. {@code begun}: its start is in the store.
     */
    void failedAtStart(ActiveRun r, TaskSpec t, AttemptKey key, TaskState before, String reason, boolean begun) {
        if (!begun) {
            store.beginAttempt(new NewAttempt(key, nodeId, null, null));
        }
        store.endAttempt(key, AttemptEnd.failed(null, reason, 0, reason), TaskStatus.FAILED);
        r.put(t.id(), before.atAttempt(TaskStatus.FAILED, key.attempt(), null));
        Instant now = clock.instant();
        bus.publish(new SessionFailed(now, key.sessionId(), reason));
        bus.publish(new TaskStatusChanged(now, r.runId, t.id(), TaskStatus.RUNNING, TaskStatus.FAILED,
                key.attempt(), null, reason));
        LOG.info("task {} of run {} failed to start: {}", t.id(), r.runId, reason);
    }
}
