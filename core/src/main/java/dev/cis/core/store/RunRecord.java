package dev.cis.core.store;

import dev.cis.core.model.RunStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A run as stored.
 *
 * @param id         8 characters {@code [a-z0-9]}, starting with a letter
 * @param dagName    the DAG's name
 * @param sourceFile the DAG file it was loaded from, null when built in memory
 * @param sourceText the DAG file text as loaded, so the run can be resumed or retried after the file changed
 * @param status     where the run stands
 * @param createdAt  when it was created
 * @param startedAt  when an executor first started it, null before
 * @param finishedAt when it reached a terminal status, null before
 * @param reason     why it failed or was cancelled, null otherwise
 * @param nodeId     the node that executes it, null when unknown
 */
public record RunRecord(
        String id,
        String dagName,
        String sourceFile,
        String sourceText,
        RunStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String reason,
        String nodeId) {

    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dagName, "dagName");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return !status.isTerminal();
    }
}
