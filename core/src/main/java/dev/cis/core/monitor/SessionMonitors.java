package dev.cis.core.monitor;

import dev.cis.core.agent.AgentProfile;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.event.EventBus;
import dev.cis.core.monitor.BlockedSessions;
import dev.cis.core.session.Session;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session monitors of a node: one {@link SessionMonitor} per watched session, all evaluated by one thread
 * ({@code cis-monitor}) every {@link MonitorSettings#evaluateEvery()}. Answers what the node API asks about
 * sessions waiting for a person.
 */
public final class SessionMonitors implements BlockedSessions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionMonitors.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private volatile MonitorContext context;
    private final Map<String, SessionMonitor> monitors = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = NamedThreads.scheduled("cis-monitor", 1);
    private final AtomicLong cpuNanos = new AtomicLong();

    /**
     * @param reporter told when a session starts or stops waiting (the executor's {@code sessionBlocked})
     */
    public SessionMonitors(EventBus bus, Clock clock, BlockReporter reporter, MonitorSettings settings) {
        this.context = new MonitorContext(bus, clock, reporter, new ProcTerminalProbe(), settings);
        long every = settings.evaluateEvery().toMillis();
        ticker.scheduleWithFixedDelay(this::tickAll, every, every, TimeUnit.MILLISECONDS);
    }

    public MonitorSettings settings() {
        return context.settings();
    }

    /**
     * Sessions watched from now on use {@code settings}; those watched already keep theirs. The evaluation
     * period stays the one this registry started with (its ticker runs at that rate).
     */
    public void update(MonitorSettings settings) {
        MonitorContext c = context;
        context = new MonitorContext(c.bus(), c.clock(), c.reporter(), c.probe(),
                settings.withEvaluateEvery(c.settings().evaluateEvery()));
    }

    /**
     * Starts watching {@code session} with the questions and auto-answer rules of {@code profile}. The monitor
     * first renders what the session printed so far, then follows it until it ends.
     */
    public SessionMonitor watch(Session session, AgentProfile profile) {
        SessionMonitor m = new SessionMonitor(session, profile, context, System.nanoTime());
        SessionMonitor previous = monitors.put(session.id(), m);
        if (previous != null) {
            previous.close();
        }
        session.addListener(m, true);
        LOG.debug("watching session {} as {}", session.id(), profile.name());
        return m;
    }

    /**
     * Starts watching {@code session} once it has lived for {@link #WATCH_AFTER} (with the output it printed
     * so far replayed), so the many sessions that end sooner cost no emulator. No question can be reported
     * sooner anyway: a state must hold for the debounce time first.
     */
    public void watchSoon(Session session, AgentProfile profile) {
        ticker.schedule(() -> {
            if (session.isAlive()) {
                watch(session, profile);
            }
        }, WATCH_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How long a session runs before it is watched (see {@link #watchSoon}). */
    public static final java.time.Duration WATCH_AFTER = java.time.Duration.ofMillis(150);

    /** The monitor of a session being watched. */
    public Optional<SessionMonitor> monitor(String sessionId) {
        return Optional.ofNullable(monitors.get(sessionId));
    }

    /** Sessions being watched. */
    public Collection<SessionMonitor> monitors() {
        return List.copyOf(monitors.values());
    }

    @Override
    public Optional<BlockState> state(String sessionId) {
        SessionMonitor m = monitors.get(sessionId);
        return m == null ? Optional.empty() : m.block();
    }

    @Override
    public void recordAnswer(String sessionId, String input) {
        SessionMonitor m = monitors.get(sessionId);
        if (m != null) {
            m.answered(input);
        }
    }

    /** CPU time the monitor thread spent evaluating sessions so far (zero where the JVM cannot measure it). */
    public Duration cpuTime() {
        return Duration.ofNanos(cpuNanos.get());
    }

    private void tickAll() {
        long cpu = threadCpu();
        long now = System.nanoTime();
        for (SessionMonitor m : monitors.values()) {
            try {
                boolean ended = m.ended();
                m.tick(now);
                if (ended) {
                    monitors.remove(m.sessionId(), m);
                    m.close();
                }
            } catch (RuntimeException e) {
                LOG.warn("monitor of session {} failed; it stops watching", m.sessionId(), e);
                monitors.remove(m.sessionId(), m);
                m.close();
            }
        }
        cpuNanos.addAndGet(threadCpu() - cpu);
    }

    private static long threadCpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Stops watching every session. */
    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        monitors.values().forEach(SessionMonitor::close);
        monitors.clear();
    }
}
