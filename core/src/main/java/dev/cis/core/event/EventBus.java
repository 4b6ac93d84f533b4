package dev.cis.core.event;

import dev.cis.core.concurrent.NamedThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@link CisEvent}s to subscribers without ever making the publisher wait.
 *
 * <p>Each subscriber has a bounded queue and its own delivery thread ({@code cis-events-<name>}), so it receives
 * events in the order they were published, and a slow or stuck subscriber slows neither the publisher nor the
 * other subscribers. When a subscriber's queue is full it loses events, and receives one {@link EventsDropped}
 * with their count as soon as it has room again. An exception thrown by a subscriber is logged; the subscriber
 * keeps receiving. Filters run on the publisher's thread and must be cheap.
 */
public final class EventBus implements AutoCloseable {

    public static final int DEFAULT_QUEUE_CAPACITY = 4096;
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    private final int queueCapacity;
    private final Clock clock;
    private final List<BusSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger unnamed = new AtomicInteger();

    public EventBus() {
        this(DEFAULT_QUEUE_CAPACITY);
    }

    /** A bus whose subscribers queue at most {@code queueCapacity} events each. */
    public EventBus(int queueCapacity) {
        this(queueCapacity, Clock.systemUTC());
    }

    public EventBus(int queueCapacity, Clock clock) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be positive: " + queueCapacity);
        }
        this.queueCapacity = queueCapacity;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Hands {@code event} to every subscriber whose filter accepts it. Returns at once; ignored after close. */
    public void publish(CisEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed.get()) {
            LOG.debug("bus closed, not published: {}", event);
            return;
        }
        for (BusSubscriber s : subscribers) {
            s.offer(event);
        }
    }

    /** Subscribes to every event. */
    public Subscription subscribe(Consumer<CisEvent> consumer) {
        return subscribe(e -> true, consumer);
    }

    /** Subscribes to the events {@code filter} accepts. */
    public Subscription subscribe(Predicate<CisEvent> filter, Consumer<CisEvent> consumer) {
        return subscribe("subscriber-" + unnamed.incrementAndGet(), filter, consumer);
    }

    /**
     * Subscribes to the events {@code filter} accepts, under a name used for the delivery thread and in logs.
     *
     * @throws IllegalStateException when the bus is closed
     */
    public Subscription subscribe(String name, Predicate<CisEvent> filter, Consumer<CisEvent> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return start(name, filter, events -> consumer.accept(events.get(0)), 1);
    }

    /**
     * Like {@link #subscribe(String, Predicate, Consumer)}, handing over everything queued (at most
     * {@code maxBatch} events, in order) each time the consumer is free: for consumers that are cheaper per
     * batch, such as a database write.
     *
     * @throws IllegalStateException when the bus is closed
     */
    public Subscription subscribeBatches(String name, Predicate<CisEvent> filter, Consumer<List<CisEvent>> consumer,
            int maxBatch) {
        Objects.requireNonNull(consumer, "consumer");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1: " + maxBatch);
        }
        return start(name, filter, consumer, maxBatch);
    }

    private Subscription start(String name, Predicate<CisEvent> filter, Consumer<List<CisEvent>> consumer,
            int maxBatch) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        if (closed.get()) {
            throw new IllegalStateException("event bus is closed");
        }
        BusSubscriber[] self = new BusSubscriber[1];
        BusSubscriber s = new BusSubscriber(name, filter, consumer, maxBatch, queueCapacity, clock,
                () -> subscribers.remove(self[0]));
        self[0] = s;
        subscribers.add(s);
        NamedThreads.start("cis-events-" + name, s);
        return s;
    }

    /** Number of active subscriptions. */
    public int subscriberCount() {
        return subscribers.size();
    }

    /** Stops accepting events and lets every subscriber receive what is queued, waiting up to 5 s. */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_TIMEOUT);
    }

    /**
     * Stops accepting events, lets every subscriber receive what is queued, and waits up to {@code timeout} for
     * that. Subscribers still busy then are stopped; their remaining events are discarded.
     *
     * @return true when every subscriber received all its events in time
     */
    public boolean close(Duration timeout) {
        if (!closed.compareAndSet(false, true)) {
            return true;
        }
        List<BusSubscriber> all = List.copyOf(subscribers);
        all.forEach(BusSubscriber::drain);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean complete = true;
        try {
            for (BusSubscriber s : all) {
                if (!s.isDeliveryThread() && !s.awaitFinished(deadline)) {
                    LOG.warn("{} still busy after {}; its remaining events are discarded", s, timeout);
                    complete = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            complete = false;
        }
        all.forEach(BusSubscriber::close);
        return complete;
    }
}
