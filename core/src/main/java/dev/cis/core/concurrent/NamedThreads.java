package dev.cis.core.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where core creates threads. Every thread has a name that says what it does
 * ({@code cis-session-reader-3}), is a daemon unless asked otherwise, and logs an uncaught exception once.
 */
public final class NamedThreads {

    private static final Logger LOG = LoggerFactory.getLogger(NamedThreads.class);

    private NamedThreads() {
    }

    /** A factory of daemon threads named {@code prefix-N}. */
    public static ThreadFactory factory(String prefix) {
        return factory(prefix, true);
    }

    public static ThreadFactory factory(String prefix, boolean daemon) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(daemon);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("uncaught exception in {}", th.getName(), e));
            return t;
        };
    }

    /** Starts one named daemon thread running {@code r}. */
    public static Thread start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> LOG.error("uncaught exception in {}", th.getName(), e));
        t.start();
        return t;
    }

    public static ExecutorService cached(String prefix) {
        return Executors.newCachedThreadPool(factory(prefix));
    }

    public static ExecutorService single(String prefix) {
        return Executors.newSingleThreadExecutor(factory(prefix));
    }

    /**
     * A scheduler whose cancelled tasks leave its queue at once. Without that, a cancelled timeout (an
     * attempt's {@code timeout_secs}, an hour by default) stays queued until it would have fired, holding
     * whatever it captured, so a node that runs many short tasks grows with every task.
     */
    public static ScheduledExecutorService scheduled(String prefix, int threads) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, factory(prefix));
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }
}
