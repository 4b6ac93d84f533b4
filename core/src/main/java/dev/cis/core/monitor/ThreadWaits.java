package dev.cis.core.monitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the threads of one process are blocked in, read from {@code /proc/<pid>/task/<tid>/syscall}: a read on the
 * terminal, or a poll, select or epoll wait whose file descriptors (read from the process's memory or from
 * {@code fdinfo}) are the terminal and nothing busier than pipes, event and signal descriptors.
 */
final class ThreadWaits {

    /** How a thread (or a set of descriptors) relates to the terminal. */
    enum Kind {
        /** Waits for the terminal only. */
        TERMINAL,
        /** Does not wait for the terminal. */
        OTHER,
        /** Waits for the terminal and for something else (a socket, a file): cannot tell. */
        MIXED
    }

    private static final int MAX_FDS = 256;

    private final Path proc;
    private final Syscalls calls;

    ThreadWaits(Path proc, Syscalls calls) {
        this.proc = proc;
        this.calls = calls;
    }

    /** The strongest wait among the threads of {@code pid}: TERMINAL, else MIXED, else OTHER. */
    Kind of(long pid) throws IOException {
        Kind result = Kind.OTHER;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(proc.resolve(pid + "/task"))) {
            for (Path task : tasks) {
                Kind k = thread(pid, task);
                if (k == Kind.TERMINAL) {
                    return k;
                }
                if (k == Kind.MIXED) {
                    result = k;
                }
            }
        }
        return result;
    }

    private Kind thread(long pid, Path task) throws IOException {
        String line;
        try {
            line = Files.readString(task.resolve("syscall"), StandardCharsets.US_ASCII).strip();
        } catch (java.nio.file.NoSuchFileException e) {
            return Kind.OTHER; // the thread ended
        }
        String[] f = line.split("\\s+");
        if (f.length < 3 || !f[0].matches("-?\\d+")) {
            return Kind.OTHER; // "running", or not in a system call
        }
        int nr = Integer.parseInt(f[0]);
        long a0 = hex(f[1]);
        long a1 = hex(f[2]);
        if (calls.reads().contains(nr)) {
            return kindOfSet(pid, List.of((int) a0));
        }
        if (calls.polls().contains(nr)) {
            return kindOfSet(pid, polled(pid, a0, a1));
        }
        if (calls.selects().contains(nr)) {
            return a1 == 0 ? Kind.OTHER : kindOfSet(pid, selected(pid, a0, a1));
        }
        if (calls.epolls().contains(nr)) {
            return kindOfSet(pid, epolled(pid, (int) a0));
        }
        return Kind.OTHER;
    }

    private Kind kindOfSet(long pid, List<Integer> fds) {
        boolean terminal = false;
        boolean busy = false;
        for (int fd : fds) {
            String target = link(pid, fd);
            if (target.equals("/dev/tty") || target.startsWith("/dev/pts/")) {
                terminal = true;
            } else if (!quiet(target)) {
                busy = true;
            }
        }
        return !terminal ? Kind.OTHER : busy ? Kind.MIXED : Kind.TERMINAL;
    }

    /** Descriptors that wake a program for its own housekeeping, not for work from outside. */
    private static boolean quiet(String target) {
        return target.startsWith("pipe:") || target.equals("anon_inode:[eventfd]")
                || target.equals("anon_inode:[signalfd]") || target.equals("anon_inode:[timerfd]")
                || target.equals("anon_inode:inotify") || target.isEmpty();
    }

    private String link(long pid, int fd) {
        try {
            return Files.readSymbolicLink(proc.resolve(pid + "/fd/" + fd)).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** The descriptors of a {@code poll}/{@code ppoll} array that wait for input. */
    private List<Integer> polled(long pid, long address, long count) throws IOException {
        if (count <= 0) {
            return List.of();
        }
        if (count > MAX_FDS) {
            throw new IOException("polls " + count + " descriptors");
        }
        ByteBuffer b = memory(pid, address, (int) count * 8);
        List<Integer> fds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int fd = b.getInt(i * 8);
            short events = b.getShort(i * 8 + 4);
            if (fd >= 0 && (events & 0x3) != 0) {
                fds.add(fd);
            }
        }
        return fds;
    }

    /** The descriptors set in the read set of a {@code select}/{@code pselect6}. */
    private List<Integer> selected(long pid, long nfds, long readSet) throws IOException {
        if (nfds <= 0 || nfds > 1024) {
            return List.of();
        }
        int words = (int) ((nfds + 63) / 64);
        ByteBuffer b = memory(pid, readSet, words * 8);
        List<Integer> fds = new ArrayList<>();
        for (int fd = 0; fd < nfds; fd++) {
            long word = b.getLong((fd / 64) * 8);
            if ((word & (1L << (fd % 64))) != 0) {
                fds.add(fd);
            }
        }
        return fds;
    }

    /** The descriptors registered with an epoll instance ({@code tfd:} lines of its fdinfo). */
    private List<Integer> epolled(long pid, int epfd) throws IOException {
        List<Integer> fds = new ArrayList<>();
        for (String line : Files.readAllLines(proc.resolve(pid + "/fdinfo/" + epfd), StandardCharsets.US_ASCII)) {
            if (line.startsWith("tfd:")) {
                fds.add(Integer.parseInt(line.substring(4).trim().split("\\s+")[0]));
                if (fds.size() > MAX_FDS) {
                    throw new IOException("epoll watches more than " + MAX_FDS + " descriptors");
                }
            }
        }
        return fds;
    }

    private ByteBuffer memory(long pid, long address, int length) throws IOException {
        if (address <= 0) {
            throw new IOException("no address");
        }
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.nativeOrder());
        try (FileChannel mem = FileChannel.open(proc.resolve(pid + "/mem"), StandardOpenOption.READ)) {
            while (b.hasRemaining()) {
                if (mem.read(b, address + b.position()) < 0) {
                    throw new IOException("short read of /proc/" + pid + "/mem");
                }
            }
        }
        return b.flip();
    }

    private static long hex(String s) {
        return Long.parseUnsignedLong(s.startsWith("0x") ? s.substring(2) : s, 16);
    }
}
