package dev.cis.core.session;

import dev.cis.core.concurrent.NamedThreads;
import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a session's output to one listener on its own thread through a queue bounded in bytes.
 * {@link #offer(byte[])} never blocks: when the queue would grow past its bound, everything queued and
 * the new chunk are dropped, and the listener is told how much it lost before it gets newer data.
 */
final class ListenerChannel implements ListenerDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerChannel.class);

    private final SessionListener listener;
    private final int maxQueuedBytes;
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private final Thread thread;
    private long queuedBytes;
    private long droppedBytes;
    private Integer exitCode;
    private boolean stopped;

    ListenerChannel(String threadName, SessionListener listener, int maxQueuedBytes, byte[] replay) {
        this.listener = listener;
        this.maxQueuedBytes = maxQueuedBytes;
        if (replay != null && replay.length > 0) {
            queue.add(replay);
            queuedBytes = replay.length;
        }
        this.thread = NamedThreads.start(threadName, this::run);
    }

    SessionListener listener() {
        return listener;
    }

    @Override
    public synchronized void offer(byte[] chunk) {
        if (stopped || exitCode != null) {
            return;
        }
        if (queuedBytes + chunk.length > maxQueuedBytes) {
            droppedBytes += queuedBytes + chunk.length;
            queue.clear();
            queuedBytes = 0;
        } else {
            queue.add(chunk);
            queuedBytes += chunk.length;
        }
        notifyAll();
    }

    @Override
    public synchronized void exit(int code) {
        if (exitCode == null) {
            exitCode = code;
            notifyAll();
        }
    }

    @Override
    public void stop() {
        synchronized (this) {
            stopped = true;
            queue.clear();
            notifyAll();
        }
        if (Thread.currentThread() != thread) {
            thread.interrupt();
        }
    }

    private void run() {
        while (true) {
            byte[] chunk = null;
            long dropped = 0;
            int exit;
            synchronized (this) {
                while (!stopped && queue.isEmpty() && droppedBytes == 0 && exitCode == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        if (stopped) {
                            return;
                        }
                    }
                }
                if (stopped) {
                    return;
                }
                if (droppedBytes > 0) {
                    dropped = droppedBytes;
                    droppedBytes = 0;
                } else if (!queue.isEmpty()) {
                    chunk = queue.poll();
                    queuedBytes -= chunk.length;
                }
                exit = exitCode == null ? 0 : exitCode;
            }
            if (dropped > 0) {
                long lost = dropped;
                call(() -> listener.onOverflow(lost));
            } else if (chunk != null) {
                byte[] data = chunk;
                call(() -> listener.onOutput(data));
            } else {
                int code = exit;
                call(() -> listener.onExit(code));
                return;
            }
        }
    }

    private void call(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("session listener {} failed: {}", listener, e.toString(), e);
        }
    }
}
