package dev.cis.ui.live;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventsDropped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one queue between the node's events and the UI thread. Events are collected as they arrive, on any
 * thread; the first event after a hand-over schedules one task on the UI executor, which takes everything
 * collected so far as one batch. A burst of thousands of events thus costs one UI pulse. When the UI falls
 * {@code capacity} events behind, the collected events are replaced by one {@link EventsDropped} (the receiver then
 * reloads from the store).
 */
public final class EventPump {

    private final Executor ui;
    private final Consumer<List<CisEvent>> sink;
    private final int capacity;
    private final Object lock = new Object();
    private List<CisEvent> collected = new ArrayList<>();
    private long dropped;
    private boolean scheduled;
    private boolean closed;
    private long batches;

    /**
     * @param ui       runs the hand-over on the UI thread
     * @param sink     receives each batch, in order, on the UI thread
     * @param capacity events collected at most before they are dropped in favour of a reload
     */
    public EventPump(Executor ui, Consumer<List<CisEvent>> sink, int capacity) {
        this.ui = ui;
        this.sink = sink;
        this.capacity = capacity;
    }

    /** Collects an event; never waits. */
    public void offer(CisEvent event) {
        boolean schedule;
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (collected.size() >= capacity) {
                dropped += collected.size() + 1;
                collected = new ArrayList<>();
            } else {
                collected.add(event);
            }
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            ui.execute(this::handOver);
        }
    }

    private void handOver() {
        List<CisEvent> batch;
        synchronized (lock) {
            batch = collected;
            collected = new ArrayList<>();
            scheduled = false;
            if (dropped > 0) {
                batch.add(0, new EventsDropped(Instant.now(), dropped));
                dropped = 0;
            }
            if (closed || batch.isEmpty()) {
                return;
            }
            batches++;
        }
        sink.accept(batch);
    }

    /** Accepts no more events; what is collected is discarded. */
    public void close() {
        synchronized (lock) {
            closed = true;
            collected = new ArrayList<>();
        }
    }

    /** How many batches were handed to the UI so far. */
    public long batches() {
        synchronized (lock) {
            return batches;
        }
    }
}
