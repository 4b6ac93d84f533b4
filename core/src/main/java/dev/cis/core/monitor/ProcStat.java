package dev.cis.core.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fields of {@code /proc/<pid>/stat} the monitor uses.
 *
 * @param state    R running, S sleeping, D disk wait, T stopped, Z zombie...
 * @param pgrp     process group
 * @param tpgid    foreground process group of its terminal (-1 without one)
 * @param cpuTicks user plus system time, in clock ticks
 */
record ProcStat(long pid, char state, long pgrp, long tpgid, long cpuTicks) {

    /** Reads the stat of {@code pid}. */
    static ProcStat read(Path proc, long pid) throws IOException {
        String s = Files.readString(proc.resolve(pid + "/stat"), StandardCharsets.UTF_8);
        // the command name (field 2) is in parentheses and may itself contain spaces or parentheses
        String[] f = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
        if (f.length < 13) {
            throw new IOException("unexpected /proc/" + pid + "/stat: " + s);
        }
        return new ProcStat(pid, f[0].charAt(0), Long.parseLong(f[2]), Long.parseLong(f[5]),
                Long.parseLong(f[11]) + Long.parseLong(f[12]));
    }
}
