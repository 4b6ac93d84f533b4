package dev.cis.core.store;

import dev.cis.core.event.EventBus;
import dev.cis.core.event.LoggedEvent;
import dev.cis.core.event.EventJsonException;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventsDropped;
import dev.cis.core.event.Subscription;
import dev.cis.core.event.EventJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps events in the events table of a {@link RunStore}, in their {@link EventJson} form, and reads them back.
 */
public final class EventLog {

    /** What {@link #record(EventBus)} keeps: everything but per-subscriber drop notices. */
    public static final Predicate<CisEvent> DURABLE = e -> !(e instanceof EventsDropped);

    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
    /** Events written in one transaction at most: a burst is kept in a few writes instead of one each. */
    private static final int MAX_BATCH = 500;

    private final RunStore store;

    public EventLog(RunStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Appends {@code event}; returns its sequence number. */
    public long append(CisEvent event) {
        return store.appendEvent(event.runId(), event.ts(), EventJson.typeName(event), EventJson.toJson(event));
    }

    /**
     * Events of a run after {@code afterSeq}, oldest first. Rows this version cannot read (written by a newer cis)
     * are skipped and logged.
     */
    public List<LoggedEvent> read(String runId, long afterSeq, int limit) {
        return decode(store.events(runId, afterSeq, limit));
    }

    /** Events of every run after {@code afterSeq}, oldest first; unreadable rows are skipped and logged. */
    public List<LoggedEvent> readAll(long afterSeq, int limit) {
        return decode(store.events(afterSeq, limit));
    }

    /**
     * Appends every {@link #DURABLE} event published on {@code bus} until the subscription is closed. Events lost
     * because the store could not keep up are logged with their count.
     */
    public Subscription record(EventBus bus) {
        return bus.subscribeBatches("event-log", DURABLE, this::appendAll, MAX_BATCH);
    }

    /** Appends {@code events} in one write; a drop notice among them is logged, not kept. */
    void appendAll(List<CisEvent> events) {
        List<NewEvent> rows = new ArrayList<>(events.size());
        for (CisEvent e : events) {
            if (e instanceof EventsDropped d) {
                LOG.warn("{} events were not written to the event log: the store could not keep up", d.count());
            } else {
                rows.add(new NewEvent(e.runId(), e.ts(), EventJson.typeName(e), EventJson.toJson(e)));
            }
        }
        store.appendEvents(rows);
    }

    private static List<LoggedEvent> decode(List<StoredEvent> rows) {
        List<LoggedEvent> out = new ArrayList<>(rows.size());
        for (StoredEvent row : rows) {
            try {
                out.add(new LoggedEvent(row.seq(), EventJson.fromJson(row.json())));
            } catch (EventJsonException e) {
                LOG.warn("event {} ({}) skipped: {}", row.seq(), row.type(), e.getMessage());
            }
        }
        return out;
    }
}
