package dev.cis.core.event;

/** A subscriber's registration on the {@link EventBus}. Closing it stops the deliveries. */
public interface Subscription extends AutoCloseable {

    /** The subscriber's name, as used in its delivery thread's name and in logs. */
    String name();

    /** Events this subscriber lost so far because its queue was full. */
    long dropped();

    /** True until closed (by {@link #close()} or when the bus closes). */
    boolean isActive();

    /**
     * Stops deliveries to this subscriber and discards its queued events. An event being handled at that moment
     * is handled to its end. Closing twice does nothing.
     */
    @Override
    void close();
}
