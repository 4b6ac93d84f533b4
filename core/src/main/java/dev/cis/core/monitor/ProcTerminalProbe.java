package dev.cis.core.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether the programs of a session wait for their terminal, from Linux's {@code /proc}: the session's
 * process and its descendants in the terminal's foreground process group (the agent may be a child of a shell)
 * are inspected thread by thread. Elsewhere, or without permission, the answer is {@link TerminalWait#UNKNOWN}.
 */
final class ProcTerminalProbe {

    /**
     * What a probe found.
     *
     * @param terminal how the processes wait
     * @param cpuTicks the CPU time of the inspected processes, in clock ticks
     */
    record Result(TerminalWait terminal, long cpuTicks) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProcTerminalProbe.class);
    private static final int MAX_PROCESSES = 256;
    private static final Result UNKNOWN = new Result(TerminalWait.UNKNOWN, 0);

    private final Path proc;
    private final ThreadWaits threads;

    ProcTerminalProbe() {
        this(Path.of("/proc"), Syscalls.forThisMachine());
    }

    ProcTerminalProbe(Path proc, Syscalls calls) {
        this.proc = proc;
        this.threads = calls == null || !Files.isDirectory(proc) ? null : new ThreadWaits(proc, calls);
    }

    Result probe(long pid) {
        if (threads == null || pid <= 0) {
            return UNKNOWN;
        }
        try {
            ProcStat leader = ProcStat.read(proc, pid);
            long foreground = leader.tpgid() > 0 ? leader.tpgid() : leader.pgrp();
            long cpu = 0;
            boolean mixed = false;
            boolean reading = false;
            for (ProcStat p : foregroundProcesses(leader, foreground)) {
                cpu += p.cpuTicks();
                ThreadWaits.Kind k = p.state() == 'Z' ? ThreadWaits.Kind.OTHER : kindOf(p.pid());
                reading |= k == ThreadWaits.Kind.TERMINAL;
                mixed |= k == ThreadWaits.Kind.MIXED;
            }
            return new Result(reading ? TerminalWait.READING
                    : mixed ? TerminalWait.UNKNOWN : TerminalWait.NOT_READING, cpu);
        } catch (NoSuchFileException e) {
            return UNKNOWN; // the process ended
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot inspect process {}: {}", pid, e.toString());
            return UNKNOWN;
        }
    }

    private ThreadWaits.Kind kindOf(long pid) throws IOException {
        try {
            return threads.of(pid);
        } catch (NoSuchFileException e) {
            return ThreadWaits.Kind.OTHER; // ended meanwhile
        }
    }

    /** The session's process and its descendants that belong to the foreground process group. */
    private List<ProcStat> foregroundProcesses(ProcStat leader, long foreground) throws IOException {
        List<ProcStat> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        Deque<ProcStat> todo = new ArrayDeque<>();
        todo.add(leader);
        seen.add(leader.pid());
        while (!todo.isEmpty() && seen.size() <= MAX_PROCESSES) {
            ProcStat p = todo.poll();
            if (p.pgrp() == foreground) {
                out.add(p);
            }
            for (long child : children(p.pid())) {
                if (seen.add(child)) {
                    try {
                        todo.add(ProcStat.read(proc, child));
                    } catch (NoSuchFileException e) {
                        // ended meanwhile
                    }
                }
            }
        }
        return out;
    }

    private List<Long> children(long pid) throws IOException {
        List<Long> out = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve(pid + "/task"))) {
            for (Path task : tasks) {
                Path file = task.resolve("children");
                if (!Files.exists(file)) {
                    return descendantsWithoutChildrenFiles(pid);
                }
                for (String s : Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\s+")) {
                    if (!s.isEmpty()) {
                        out.add(Long.parseLong(s));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return out;
    }

    /** Kernels built without {@code children} files: ask the JDK (which scans every process). */
    private static List<Long> descendantsWithoutChildrenFiles(long pid) {
        return ProcessHandle.of(pid).map(h -> h.children().map(ProcessHandle::pid).toList()).orElse(List.of());
    }
}
