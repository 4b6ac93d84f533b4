package dev.cis.core.event;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber of the {@link EventBus}: a bounded queue filled by publishers and emptied by the subscriber's own
 * delivery thread. When the queue is full, events are counted as lost; the count is delivered as one
 * {@link EventsDropped} at the place in the stream where they were lost, as soon as there is room.
 */
final class BusSubscriber implements Subscription, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(BusSubscriber.class);

    private final String name;
    private final Predicate<CisEvent> filter;
    private final Consumer<List<CisEvent>> consumer;
    private final int maxBatch;
    private final int capacity;
    private final Clock clock;
    private final Runnable onClose;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<CisEvent> queue = new ArrayDeque<>();
    private long pendingDrops;
    private long totalDropped;
    private boolean closed;
    private boolean draining;
    private boolean finished;
    private volatile Thread deliveryThread;

    /** {@code consumer} gets up to {@code maxBatch} events at a time: what was queued when it was last free. */
    BusSubscriber(String name, Predicate<CisEvent> filter, Consumer<List<CisEvent>> consumer, int maxBatch,
            int capacity, Clock clock, Runnable onClose) {
        this.name = name;
        this.filter = filter;
        this.consumer = consumer;
        this.maxBatch = maxBatch;
        this.capacity = capacity;
        this.clock = clock;
        this.onClose = onClose;
    }

    /** Queues {@code event} when the filter accepts it; never waits for the subscriber. */
    void offer(CisEvent event) {
        if (!accepts(event)) {
            return;
        }
        lock.lock();
        try {
            if (closed || draining) {
                return;
            }
            if (pendingDrops > 0 && queue.size() < capacity) {
                queue.add(new EventsDropped(clock.instant(), pendingDrops));
                pendingDrops = 0;
            }
            if (queue.size() < capacity) {
                queue.add(event);
            } else {
                pendingDrops++;
                totalDropped++;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean accepts(CisEvent event) {
        try {
            return filter.test(event);
        } catch (RuntimeException e) {
            LOG.error("event filter of subscriber {} failed on {}; event not delivered", name, event, e);
            return false;
        }
    }

    /** The delivery loop, run on the subscriber's own thread. */
    @Override
    public void run() {
        deliveryThread = Thread.currentThread();
        try {
            List<CisEvent> next;
            while ((next = take()) != null) {
                deliver(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.lock();
            try {
                finished = true;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private List<CisEvent> take() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && pendingDrops == 0 && !closed && !draining) {
                changed.await();
            }
            if (closed) {
                return null;
            }
            if (!queue.isEmpty()) {
                List<CisEvent> batch = new ArrayList<>(Math.min(maxBatch, queue.size()));
                while (!queue.isEmpty() && batch.size() < maxBatch) {
                    batch.add(queue.poll());
                }
                changed.signalAll();
                return batch;
            }
            if (pendingDrops > 0) {
                CisEvent e = new EventsDropped(clock.instant(), pendingDrops);
                pendingDrops = 0;
                return List.of(e);
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void deliver(List<CisEvent> events) {
        try {
            consumer.accept(events);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error e) {
            LOG.error("subscriber {} failed on {}", name, events.size() == 1 ? events.get(0) : events.size() + " events", e);
        }
    }

    /** True when called from this subscriber's own delivery thread (e.g. from inside its consumer). */
    boolean isDeliveryThread() {
        return Thread.currentThread() == deliveryThread;
    }

    /** Accepts no more events; the delivery thread hands out what is queued, then ends. */
    void drain() {
        lock.lock();
        try {
            draining = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the delivery thread ended, at most until {@code deadlineNanos} ({@link System#nanoTime()}). */
    boolean awaitFinished(long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            while (!finished) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long dropped() {
        lock.lock();
        try {
            return totalDropped;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isActive() {
        lock.lock();
        try {
            return !closed && !finished;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            pendingDrops = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        onClose.run();
    }

    @Override
    public String toString() {
        return "subscriber " + name;
    }
}
