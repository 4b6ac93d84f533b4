package dev.cis.core.monitor;

import java.util.Locale;
import java.util.Set;

/**
 * Linux system call numbers of the calls a program blocks in while it waits for input, per processor
 * architecture ({@code /proc/<pid>/syscall} shows the number).
 */
record Syscalls(Set<Integer> reads, Set<Integer> polls, Set<Integer> selects, Set<Integer> epolls) {

    static final Syscalls X86_64 = new Syscalls(Set.of(0, 17, 19, 295, 327), Set.of(7, 271), Set.of(23, 270),
            Set.of(232, 281, 441));
    static final Syscalls AARCH64 = new Syscalls(Set.of(63, 65, 67, 69, 286), Set.of(73), Set.of(72),
            Set.of(22, 441));

    /** The table for this machine, or null when its architecture is not known here. */
    static Syscalls forThisMachine() {
        return switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> X86_64;
            case "aarch64", "arm64" -> AARCH64;
            default -> null;
        };
    }
}
