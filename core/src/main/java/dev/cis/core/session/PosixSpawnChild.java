package dev.cis.core.session;

import static dev.cis.core.session.LinuxLibc.EAGAIN;
import static dev.cis.core.session.LinuxLibc.EINTR;
import static dev.cis.core.session.LinuxLibc.EIO;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Platform;
import com.sun.jna.StringArray;
import dev.cis.core.files.ExecutableSearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PtyChild} started with {@code posix_spawn} on Linux. The child becomes the leader of a new
 * session ({@code POSIX_SPAWN_SETSID}) and opens the terminal's slave side as its first file, which
 * makes it the controlling terminal. Unlike a fork of the JVM this copies no page tables, so starting
 * a program costs about what {@link ProcessBuilder} costs.
 *
 * <p>The master side is non-blocking: the reader waits in {@code poll}, and input that does not fit
 * into the terminal's buffer waits in a queue the reader drains when the terminal can take more.
 */
final class PosixSpawnChild implements PtyChild {

    private static final Logger LOG = LoggerFactory.getLogger(PosixSpawnChild.class);
    private static final int IDLE_POLL_MILLIS = 250;
    private static final int PENDING_POLL_MILLIS = 20;
    private static final Availability AVAILABILITY = Availability.check();

    private final String id;
    private final int pid;
    private final int master;
    private final Memory pollFd = new Memory(8);
    private final Memory exitInfo = new Memory(LinuxLibc.SIGINFO_BYTES);
    private final ArrayDeque<byte[]> pending = new ArrayDeque<>();
    private long lastExitCheck = System.nanoTime();
    private volatile boolean exited;
    private volatile boolean reaped;
    private boolean closed;

    private PosixSpawnChild(String id, int pid, int master) {
        this.id = id;
        this.pid = pid;
        this.master = master;
    }

    /** True when this mechanism works here (Linux on x86-64 or AArch64 with a recent glibc). */
    static boolean available() {
        return AVAILABILITY.ok();
    }

    /** Why {@link #available()} is false, or an empty string. */
    static String unavailableReason() {
        return AVAILABILITY.reason();
    }

    static PosixSpawnChild start(SessionSpec spec) throws IOException {
        byte[] program = cString(resolve(spec.command().get(0), spec.env()));
        int master = openMaster(spec.cols(), spec.rows());
        try {
            byte[] slave = slaveName(master);
            int pid = spawn(program, slave, spec);
            return new PosixSpawnChild(spec.id(), pid, master);
        } catch (IOException | RuntimeException e) {
            closeFd(master);
            throw e;
        }
    }

    private static int openMaster(int cols, int rows) throws IOException {
        try {
            int fd = LinuxLibc.posix_openpt(LinuxLibc.O_RDWR | LinuxLibc.O_NOCTTY | LinuxLibc.O_NONBLOCK
                    | LinuxLibc.O_CLOEXEC);
            try {
                LinuxLibc.grantpt(fd);
                LinuxLibc.unlockpt(fd);
                LinuxLibc.ioctl(fd, LinuxLibc.TIOCSWINSZ, winsize(cols, rows));
            } catch (LastErrorException e) {
                closeFd(fd);
                throw e;
            }
            return fd;
        } catch (LastErrorException e) {
            throw new IOException("cannot open a pseudo-terminal: " + LinuxLibc.strerror(e.getErrorCode()), e);
        }
    }

    private static byte[] slaveName(int master) throws IOException {
        byte[] name = new byte[128];
        int err = LinuxLibc.ptsname_r(master, name, name.length);
        if (err != 0) {
            throw new IOException("cannot name the pseudo-terminal: " + LinuxLibc.strerror(err));
        }
        return name;
    }

    private static int spawn(byte[] program, byte[] slave, SessionSpec spec) throws IOException {
        Memory actions = new Memory(LinuxLibc.FILE_ACTIONS_BYTES);
        Memory attr = new Memory(LinuxLibc.SPAWN_ATTR_BYTES);
        Memory allSignals = new Memory(LinuxLibc.SIGSET_BYTES);
        Memory noSignals = new Memory(LinuxLibc.SIGSET_BYTES);
        LinuxLibc.posix_spawn_file_actions_init(actions);
        LinuxLibc.posix_spawnattr_init(attr);
        try {
            LinuxLibc.posix_spawn_file_actions_addchdir_np(actions, cString(spec.workDir().toString()));
            LinuxLibc.posix_spawn_file_actions_addopen(actions, 0, slave, LinuxLibc.O_RDWR, 0);
            LinuxLibc.posix_spawn_file_actions_adddup2(actions, 0, 1);
            LinuxLibc.posix_spawn_file_actions_adddup2(actions, 0, 2);
            LinuxLibc.posix_spawn_file_actions_addclosefrom_np(actions, 3);
            LinuxLibc.sigfillset(allSignals);
            LinuxLibc.sigemptyset(noSignals);
            LinuxLibc.posix_spawnattr_setsigdefault(attr, allSignals);
            LinuxLibc.posix_spawnattr_setsigmask(attr, noSignals);
            LinuxLibc.posix_spawnattr_setflags(attr, (short) (LinuxLibc.POSIX_SPAWN_SETSID
                    | LinuxLibc.POSIX_SPAWN_SETSIGDEF | LinuxLibc.POSIX_SPAWN_SETSIGMASK));
            StringArray argv = new StringArray(spec.command().toArray(String[]::new), "UTF-8");
            StringArray envp = new StringArray(environment(spec.env()), "UTF-8");
            int[] pid = new int[1];
            int err = LinuxLibc.posix_spawn(pid, program, actions, attr, argv, envp);
            if (err != 0) {
                throw new IOException(LinuxLibc.strerror(err));
            }
            return pid[0];
        } finally {
            LinuxLibc.posix_spawn_file_actions_destroy(actions);
            LinuxLibc.posix_spawnattr_destroy(attr);
        }
    }

    private static String[] environment(Map<String, String> env) {
        return env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** A program name without a slash is looked up on the session's PATH (never this process's). */
    static String resolve(String program, Map<String, String> env) {
        if (program.contains("/")) {
            return program;
        }
        return ExecutableSearch.onPath(program, env, new ArrayList<>()).map(Path::toString).orElse(program);
    }

    private static byte[] cString(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(bytes, bytes.length + 1);
    }

    private static short[] winsize(int cols, int rows) {
        return new short[] {(short) rows, (short) cols, 0, 0};
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        while (true) {
            short events = LinuxLibc.POLLIN;
            boolean waitingInput;
            synchronized (pending) {
                waitingInput = !pending.isEmpty();
            }
            if (waitingInput) {
                events |= LinuxLibc.POLLOUT;
            }
            pollFd.setInt(0, master);
            pollFd.setShort(4, events);
            pollFd.setShort(6, (short) 0);
            int ready;
            try {
                ready = LinuxLibc.poll(pollFd, 1, waitingInput ? PENDING_POLL_MILLIS : IDLE_POLL_MILLIS);
            } catch (LastErrorException e) {
                if (e.getErrorCode() == EINTR) {
                    continue;
                }
                throw new IOException("poll: " + LinuxLibc.strerror(e.getErrorCode()), e);
            }
            if (waitingInput) {
                flushPending();
            }
            if (ready > 0 && (pollFd.getShort(6) & ~LinuxLibc.POLLOUT) != 0) {
                int n = readAvailable(buffer);
                if (n != 0) {
                    return n;
                }
            } else if (exitedAndQuiet()) {
                return -1;
            }
        }
    }

    /** Returns bytes read, 0 when nothing is there after all, -1 at the end of the terminal. */
    private int readAvailable(byte[] buffer) throws IOException {
        try {
            long n = LinuxLibc.read(master, buffer, buffer.length);
            return n == 0 ? -1 : (int) n;
        } catch (LastErrorException e) {
            int err = e.getErrorCode();
            if (err == EAGAIN || err == EINTR) {
                return 0;
            }
            if (err == EIO) {
                return -1; // every holder of the slave side closed it
            }
            throw new IOException("read: " + LinuxLibc.strerror(err), e);
        }
    }

    /** A program that exited while something it started keeps the terminal open ends when output stops. */
    private boolean exitedAndQuiet() {
        long now = System.nanoTime();
        if (now - lastExitCheck < IDLE_POLL_MILLIS * 1_000_000L && !exited) {
            return false;
        }
        lastExitCheck = now;
        return hasExited();
    }

    private boolean hasExited() {
        if (exited) {
            return true;
        }
        exitInfo.setInt(LinuxLibc.SIGINFO_PID_OFFSET, 0);
        try {
            LinuxLibc.waitid(LinuxLibc.P_PID, pid, exitInfo,
                    LinuxLibc.WEXITED | LinuxLibc.WNOHANG | LinuxLibc.WNOWAIT);
        } catch (LastErrorException e) {
            return e.getErrorCode() == LinuxLibc.ECHILD;
        }
        exited = exitInfo.getInt(LinuxLibc.SIGINFO_PID_OFFSET) == pid;
        return exited;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        synchronized (pending) {
            if (closed) {
                throw new IOException("session " + id + " has ended");
            }
            pending.add(bytes);
            flushPending();
        }
    }

    private void flushPending() {
        synchronized (pending) {
            while (!pending.isEmpty() && !closed) {
                byte[] head = pending.peek();
                int written = writeSome(head);
                if (written < 0) {
                    pending.clear();
                    return;
                }
                if (written < head.length) {
                    pending.poll();
                    pending.addFirst(Arrays.copyOfRange(head, written, head.length));
                    return;
                }
                pending.poll();
            }
        }
    }

    /** Returns bytes written (possibly fewer than given when the terminal is full), or -1 on failure. */
    private int writeSome(byte[] bytes) {
        try {
            return (int) LinuxLibc.write(master, bytes, bytes.length);
        } catch (LastErrorException e) {
            int err = e.getErrorCode();
            if (err == EAGAIN || err == EINTR) {
                return 0;
            }
            LOG.debug("session {}: input not delivered: {}", id, LinuxLibc.strerror(err));
            return -1;
        }
    }

    @Override
    public boolean echoOff() {
        synchronized (pending) {
            return !closed && LinuxLibc.echoOff(master);
        }
    }

    @Override
    public void resize(int cols, int rows) {
        synchronized (pending) {
            if (closed) {
                return;
            }
            try {
                LinuxLibc.ioctl(master, LinuxLibc.TIOCSWINSZ, winsize(cols, rows));
            } catch (LastErrorException e) {
                LOG.debug("session {}: resize failed: {}", id, LinuxLibc.strerror(e.getErrorCode()));
            }
        }
    }

    @Override
    public int waitFor() {
        int[] status = new int[1];
        while (true) {
            try {
                LinuxLibc.waitpid(pid, status, 0);
                reaped = true;
                exited = true;
                return exitCode(status[0]);
            } catch (LastErrorException e) {
                if (e.getErrorCode() != EINTR) {
                    LOG.warn("session {}: waiting for pid {} failed: {}", id, pid, LinuxLibc.strerror(e.getErrorCode()));
                    reaped = true;
                    return 128 + LinuxLibc.SIGKILL;
                }
            }
        }
    }

    static int exitCode(int status) {
        int signal = status & 0x7f;
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal;
    }

    @Override
    public boolean isAlive() {
        return !reaped && !hasExited();
    }

    @Override
    public void terminate() {
        signalGroup(LinuxLibc.SIGTERM);
    }

    @Override
    public void killForcibly() {
        signalGroup(LinuxLibc.SIGKILL);
    }

    private void signalGroup(int signal) {
        if (reaped) {
            return; // the process id may belong to someone else by now
        }
        try {
            LinuxLibc.kill(-pid, signal);
        } catch (LastErrorException e) {
            LOG.debug("session {}: signal {} to group {}: {}", id, signal, pid, LinuxLibc.strerror(e.getErrorCode()));
        }
    }

    @Override
    public void close() {
        synchronized (pending) {
            if (!closed) {
                closed = true;
                pending.clear();
                closeFd(master);
            }
        }
    }

    private static void closeFd(int fd) {
        try {
            LinuxLibc.close(fd);
        } catch (LastErrorException e) {
            LOG.trace("close {}: {}", fd, e.getErrorCode());
        }
    }

    private record Availability(boolean ok, String reason) {

        static Availability check() {
            if (!Platform.isLinux() || !(Platform.ARCH.equals("x86-64") || Platform.ARCH.equals("aarch64"))) {
                return new Availability(false, "not Linux on x86-64 or AArch64");
            }
            if ("pty4j".equals(System.getProperty("cis.pty"))) {
                return new Availability(false, "pty4j chosen with -Dcis.pty=pty4j");
            }
            try {
                LinuxLibc.strerror(0);
                return new Availability(true, "");
            } catch (LinkageError e) {
                return new Availability(false, "C library lacks what is needed: " + e.getMessage());
            }
        }
    }
}
