package dev.cis.core.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The listeners of one session, each behind its own {@link ListenerChannel}, or called directly. */
final class ListenerHub {

    private final String sessionId;
    private final int maxQueuedBytes;
    private final Map<SessionListener, ListenerDelivery> channels = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile Integer exitCode;

    ListenerHub(String sessionId, int maxQueuedBytes) {
        this.sessionId = sessionId;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    /** Must be called under the same lock as {@link #publish(byte[])} when a replay is given. */
    void add(SessionListener listener, byte[] replay) {
        ListenerDelivery channel;
        if (listener instanceof SessionListener.Direct direct) {
            channel = ListenerDelivery.direct(direct, replay);
        } else {
            String name = "cis-session-listener-" + sessionId + "-" + counter.incrementAndGet();
            channel = new ListenerChannel(name, listener, maxQueuedBytes, replay);
        }
        ListenerDelivery previous = channels.put(listener, channel);
        if (previous != null) {
            previous.stop();
        }
        Integer code = exitCode;
        if (code != null) {
            channel.exit(code);
        }
    }

    void remove(SessionListener listener) {
        ListenerDelivery channel = channels.remove(listener);
        if (channel != null) {
            channel.stop();
        }
    }

    void publish(byte[] chunk) {
        for (ListenerDelivery channel : channels.values()) {
            channel.offer(chunk);
        }
    }

    void exit(int code) {
        exitCode = code;
        for (ListenerDelivery channel : channels.values()) {
            channel.exit(code);
        }
    }
}
