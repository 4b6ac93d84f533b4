package dev.cis.core.store;

import dev.cis.core.model.AttemptStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The output of a finished task, as handed to its dependents.
 *
 * @param runId       the run
 * @param taskId      the task
 * @param attempt     the attempt it comes from
 * @param status      how that attempt ended
 * @param exitCode    its exit code, null when unknown
 * @param text        the output text ("" when the attempt printed nothing)
 * @param outputBytes bytes the session printed in total
 * @param endedAt     when the attempt ended
 */
public record TaskOutput(
        String runId,
        String taskId,
        int attempt,
        AttemptStatus status,
        Integer exitCode,
        String text,
        long outputBytes,
        Instant endedAt) {

    public TaskOutput {
        Objects.requireNonNull(status, "status");
        text = text == null ? "" : text;
    }

    public boolean succeeded() {
        return status == AttemptStatus.COMPLETED;
    }
}
