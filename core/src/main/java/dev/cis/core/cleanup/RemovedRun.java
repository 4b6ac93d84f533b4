package dev.cis.core.cleanup;

import java.time.Instant;
import java.util.Objects;

/**
 * A run that was deleted, or would be: what it was and what deleting it frees.
 *
 * @param runId         the run
 * @param dag           its DAG's name
 * @param status        its status (wire name), always terminal
 * @param createdAt     when it was created
 * @param databaseBytes bytes of its texts in the database (DAG source, prompts, outputs, events)
 * @param fileBytes     bytes of its files: recordings and work folders
 * @param files         how many files it had
 */
public record RemovedRun(String runId, String dag, String status, Instant createdAt, long databaseBytes,
        long fileBytes, long files) {

    public RemovedRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(dag, "dag");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Everything deleting it frees. */
    public long bytes() {
        return databaseBytes + fileBytes;
    }
}
