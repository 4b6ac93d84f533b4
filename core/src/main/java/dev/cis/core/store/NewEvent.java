package dev.cis.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An event to append to the events table (see {@link RunStore#appendEvents(java.util.List)}).
 *
 * @param runId the run it belongs to, null for events of no run
 * @param ts    when it happened
 * @param type  its stable type name
 * @param json  its JSON form
 */
public record NewEvent(String runId, Instant ts, String type, String json) {

    public NewEvent {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
    }
}
