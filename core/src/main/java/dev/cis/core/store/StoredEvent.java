package dev.cis.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as kept in the events table.
 *
 * @param seq   position in the table, strictly increasing, never reused
 * @param runId the run it belongs to, null for events of no run
 * @param ts    when it happened
 * @param type  its stable type name (e.g. {@code task.status_changed})
 * @param json  its JSON form
 */
public record StoredEvent(long seq, String runId, Instant ts, String type, String json) {

    public StoredEvent {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
    }
}
