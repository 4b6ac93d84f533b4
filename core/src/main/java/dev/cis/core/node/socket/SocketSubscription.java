package dev.cis.core.node.socket;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventJson;
import dev.cis.core.event.EventJsonException;
import dev.cis.core.event.EventsDropped;
import dev.cis.core.event.Subscription;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events of the node read from a stream connection on their own thread and handed to the consumer in order.
 * Events of types this client does not know (a newer node) are skipped. Inactive once closed or once the
 * connection ends.
 */
final class SocketSubscription implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(SocketSubscription.class);

    private final String name;
    private final ClientConnection connection;
    private final Consumer<CisEvent> consumer;
    private final Runnable onEnd;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean active = true;

    SocketSubscription(String name, ClientConnection connection, Consumer<CisEvent> consumer, Runnable onEnd) {
        this.name = name;
        this.connection = connection;
        this.consumer = consumer;
        this.onEnd = onEnd;
    }

    void start() {
        NamedThreads.start("cis-node-events-" + name, this::readLoop);
    }

    private void readLoop() {
        try {
            while (true) {
                Frame f = connection.channel().read();
                if (f.kind() != FrameKind.EVENT) {
                    throw new ProtocolException("unexpected " + f.kind() + " frame on an event stream");
                }
                deliver(f.text());
            }
        } catch (IOException | ProtocolException e) {
            if (!closed.get()) {
                LOG.info("the event stream from the node ended: {}", e.getMessage());
            }
        } finally {
            active = false;
            connection.close();
            onEnd.run();
        }
    }

    private void deliver(String json) {
        CisEvent event;
        try {
            event = EventJson.fromJson(json);
        } catch (EventJsonException e) {
            LOG.debug("skipping an event this client does not understand: {}", e.getMessage());
            return;
        }
        if (event instanceof EventsDropped d) {
            dropped.addAndGet(d.count());
        }
        try {
            consumer.accept(event);
        } catch (RuntimeException e) {
            LOG.error("subscriber {} failed on {}", name, event, e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long dropped() {
        return dropped.get();
    }

    @Override
    public boolean isActive() {
        return active && !closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            connection.close();
        }
    }
}
