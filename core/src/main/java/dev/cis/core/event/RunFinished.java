package dev.cis.core.event;

import dev.cis.core.model.RunStatus;
import dev.cis.core.model.RunSummary;
import java.time.Instant;
import java.util.Objects;

/**
 * A run reached a terminal status.
 *
 * @param status  completed, failed or cancelled
 * @param summary its tasks by outcome and its duration
 * @param reason  why it failed or was cancelled, null otherwise
 */
public record RunFinished(Instant ts, String runId, RunStatus status, RunSummary summary, String reason)
        implements CisEvent {

    public RunFinished {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
    }
}
