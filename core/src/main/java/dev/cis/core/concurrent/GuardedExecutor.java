package dev.cis.core.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled executor of core: no task on it fails silently. A plain {@link ScheduledThreadPoolExecutor}
 * puts a task's exception into a future nobody reads and stops a periodic task for good at its first
 * exception; here every failure is reported once (logged with the executor's name, or handed to the
 * given handler) and contained: a periodic task keeps its schedule, the thread keeps serving.
 *
 * <p>A one-shot task's exception also reaches its future, so a caller that waits on it still sees it.
 * Code that knows more (the run and task a failure belongs to) catches first and acts; this is the net
 * under everything else. Created by {@link NamedThreads#scheduled}.
 */
public final class GuardedExecutor extends ScheduledThreadPoolExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedExecutor.class);

    private final String name;
    private final BiConsumer<String, Throwable> onFailure;

    GuardedExecutor(String name, int threads) {
        this(name, threads, (where, e) -> LOG.error("a task on {} failed", where, e));
    }

    /** @param onFailure gets the executor's name and the failure of a task, on the task's thread */
    public GuardedExecutor(String name, int threads, BiConsumer<String, Throwable> onFailure) {
        super(threads, NamedThreads.factory(name));
        this.name = name;
        this.onFailure = onFailure;
        setRemoveOnCancelPolicy(true);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return super.schedule(reporting(command, true), delay, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return super.schedule(() -> {
            try {
                return callable.call();
            } catch (Exception | Error e) {
                report(e);
                throw e;
            }
        }, delay, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return super.scheduleAtFixedRate(reporting(command, false), initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
            TimeUnit unit) {
        return super.scheduleWithFixedDelay(reporting(command, false), initialDelay, delay, unit);
    }

    /** {@code rethrow}: one-shot tasks hand the failure on to their future; periodic ones swallow it and go on. */
    private Runnable reporting(Runnable command, boolean rethrow) {
        return () -> {
            try {
                command.run();
            } catch (RuntimeException | Error e) {
                report(e);
                if (rethrow) {
                    throw e;
                }
            }
        };
    }

    private void report(Throwable e) {
        try {
            onFailure.accept(Thread.currentThread().getName().startsWith(name) ? Thread.currentThread().getName()
                    : name, e);
        } catch (RuntimeException handlerFailure) {
            LOG.error("a task on {} failed", name, e);
            LOG.error("and the failure handler of {} failed too", name, handlerFailure);
        }
    }
}
