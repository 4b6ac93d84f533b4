package dev.cis.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Delivered to a subscriber of the {@link EventBus} in place of events it lost because its queue was full.
 *
 * @param count how many events were lost at this point of the stream
 */
public record EventsDropped(Instant ts, long count) implements CisEvent {

    public EventsDropped {
        Objects.requireNonNull(ts, "ts");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }

    @Override
    public String runId() {
        return null;
    }
}
