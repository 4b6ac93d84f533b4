package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/** An executor started (or resumed) a run. */
public record RunStarted(Instant ts, String runId) implements CisEvent {

    public RunStarted {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(runId, "runId");
    }
}
