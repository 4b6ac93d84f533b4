package dev.cis.core.monitor;

/**
 * The terminal wait of one session's processes, inspected at most every {@code probeEvery}, and whether they
 * stayed idle (almost no CPU time) between the last two inspections. Used by one thread.
 */
final class ProcessWatch {

    private static final long NANOS_PER_MILLI = 1_000_000;

    private final ProcTerminalProbe probe;
    private final long pid;
    private final long probeEveryNanos;
    private long lastAt = Long.MIN_VALUE;
    private ProcTerminalProbe.Result last;
    private long previousCpu = -1;
    private long previousAt;
    private boolean idle;

    ProcessWatch(ProcTerminalProbe probe, long pid, long probeEveryNanos) {
        this.probe = probe;
        this.pid = pid;
        this.probeEveryNanos = probeEveryNanos;
    }

    /** The wait as inspected at or after {@code notBefore}, inspecting again when older than the period. */
    TerminalWait terminalWait(long now, long notBefore) {
        if (last == null || lastAt < notBefore || now - lastAt >= probeEveryNanos) {
            inspect(now);
        }
        return last.terminal();
    }

    private void inspect(long now) {
        last = probe.probe(pid);
        if (previousCpu >= 0 && last.terminal() != TerminalWait.UNKNOWN) {
            long elapsedMillis = Math.max(1, (now - previousAt) / NANOS_PER_MILLI);
            // clock ticks are 10 ms on Linux: allow 5 % of the elapsed time, and a couple of ticks of noise
            idle = last.cpuTicks() - previousCpu <= Math.max(2, elapsedMillis / 200);
        }
        previousCpu = last.cpuTicks();
        previousAt = now;
        lastAt = now;
    }

    /** True when the processes used almost no CPU between the last two inspections. */
    boolean idle() {
        return idle;
    }
}
