package dev.cis.core.event;

import java.time.Instant;

/**
 * Something that happened in cis, told in the past tense. Immutable. Published on the {@link EventBus}, kept in
 * the events table and sent to clients of the node in the JSON form of {@link EventJson}.
 */
public sealed interface CisEvent
        permits RunCreated, RunStarted, RunFinished, TaskStatusChanged, TaskApprovalRequested, SessionEvent,
        EventsDropped {

    /** When it happened. */
    Instant ts();

    /** The run it belongs to, or null for events of no run. */
    String runId();
}
