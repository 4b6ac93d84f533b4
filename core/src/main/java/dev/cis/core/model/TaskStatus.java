package dev.cis.core.model;

import java.util.Locale;
import java.util.Optional;

/** Where a task of a run stands. The names are those of MATRIX-EVENTS.md {@code cis.dag.task.status}. */
public enum TaskStatus {
    /** Waiting for its dependencies. */
    PENDING(false),
    /** Dependencies done; waits for a person to approve it (level confirmed, recommended, arbitrated). */
    WAITING_APPROVAL(false),
    /** May start; waits for a free worker slot. */
    READY(false),
    /** Its session is running. */
    RUNNING(false),
    /** Its session is running and waits for a person to answer. */
    BLOCKED(false),
    /** An attempt failed; the next attempt starts after the backoff. */
    RETRYING(false),
    COMPLETED(true),
    FAILED(true),
    /** Not run because an upstream task failed (policy all_success) or a person skipped it. */
    SKIPPED(true),
    /** Not run or stopped because the run was cancelled or ended early. */
    CANCELLED(true);

    private final boolean terminal;

    TaskStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** True when the task will not change any more in this run (until a retry of the run). */
    public boolean isTerminal() {
        return terminal;
    }

    /** True while a session of the task is alive. */
    public boolean isActive() {
        return this == RUNNING || this == BLOCKED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TaskStatus> fromWireName(String s) {
        for (TaskStatus t : values()) {
            if (t.wireName().equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
