package dev.cis.core.run;

import dev.cis.core.agent.AgentSession;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.model.AttemptKey;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/** A task attempt whose session is alive. */
public final class LiveAttempt {

    private final AttemptKey key;
    private final TaskSpec task;
    private final AgentSession session;
    private final Instant startedAt;
    volatile ScheduledFuture<?> timeout;
    volatile String endReason;
    volatile boolean cancelled;
    /** Stopped at the task's timeout_secs. */
    volatile boolean timedOut;

    LiveAttempt(AttemptKey key, TaskSpec task, AgentSession session, Instant startedAt) {
        this.key = key;
        this.task = task;
        this.session = session;
        this.startedAt = startedAt;
    }

    public AttemptKey key() {
        return key;
    }

    public TaskSpec task() {
        return task;
    }

    public AgentSession session() {
        return session;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
