package dev.cis.core.event;

import java.util.Objects;

/**
 * An event read back from the events table.
 *
 * @param seq   its sequence number in the table
 * @param event the event
 */
public record LoggedEvent(long seq, CisEvent event) {

    public LoggedEvent {
        Objects.requireNonNull(event, "event");
    }
}
