package dev.cis.core.session;

import dev.cis.core.concurrent.NamedThreads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Session} on a pseudo-terminal. One reader thread per session reads the terminal in large
 * chunks and feeds, in this order, the recording, the ring and the listeners' queues; it never waits
 * for a listener. Input goes to the terminal from the caller's thread without waiting for the program
 * to read it (see {@link PtyChild#write(byte[])}).
 *
 * <p>On Linux the program is started with {@code posix_spawn} ({@link PosixSpawnChild}); elsewhere,
 * or with {@code -Dcis.pty=pty4j}, with pty4j ({@link Pty4jChild}).
 */
public final class PtySession implements Session {

    private static final Logger LOG = LoggerFactory.getLogger(PtySession.class);
    private static final int READ_BUFFER = 64 * 1024;
    private static final ScheduledExecutorService KILLER = NamedThreads.scheduled("cis-session-kill", 1);
    /** Reader threads are reused: a graph of many short tasks would otherwise start a thread per task. */
    private static final ExecutorService READERS = NamedThreads.cached("cis-session-reader");
    /** Each reader thread keeps its read buffer from one session to the next. */
    private static final ThreadLocal<byte[]> READ_BUFFERS = ThreadLocal.withInitial(() -> new byte[READ_BUFFER]);

    private final SessionSpec spec;
    private final PtyChild process;
    private final AsciicastRecorder recorder;
    private final OutputRing ring;
    private final ListenerHub listeners;
    private final Object outputLock = new Object();
    private final Object inputLock = new Object();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Instant startedAt;
    private volatile long bytesOut;
    private volatile Instant lastOutputAt;
    private volatile int cols;
    private volatile int rows;

    private PtySession(SessionSpec spec, PtyChild process, AsciicastRecorder recorder, Instant startedAt) {
        this.spec = spec;
        this.process = process;
        this.recorder = recorder;
        this.startedAt = startedAt;
        this.lastOutputAt = startedAt;
        this.cols = spec.cols();
        this.rows = spec.rows();
        this.ring = new OutputRing(spec.ringBytes());
        this.listeners = new ListenerHub(spec.id(), spec.listenerQueueBytes());
    }

    /**
     * Starts the program. The command's first element must be an existing executable (see the agent
     * launcher, which resolves it on PATH).
     *
     * @throws IOException when the recording cannot be created or the program cannot be started
     */
    public static PtySession start(SessionSpec spec) throws IOException {
        return start(spec, !PosixSpawnChild.available());
    }

    /** Starts the program with pty4j, or with {@code posix_spawn} (Linux only). */
    static PtySession start(SessionSpec spec, boolean withPty4j) throws IOException {
        Instant started = Instant.now();
        AsciicastRecorder recorder = spec.recordingPath() == null ? null
                : AsciicastRecorder.open(spec.recordingPath(), spec.cols(), spec.rows(), spec.env(), spec.id(), started);
        PtyChild process;
        try {
            process = withPty4j ? Pty4jChild.start(spec) : PosixSpawnChild.start(spec);
        } catch (IOException | RuntimeException e) {
            if (recorder != null) {
                recorder.close();
            }
            throw new IOException("cannot start " + spec.command().get(0) + " in " + spec.workDir() + ": "
                    + e.getMessage(), e);
        }
        PtySession session = new PtySession(spec, process, recorder, started);
        READERS.execute(session::readLoop);
        LOG.debug("session {} started pid {}: {}", spec.id(), process.pid(), spec.command());
        return session;
    }

    /** How sessions are started on this machine, e.g. {@code posix_spawn}, for diagnostics. */
    public static String mechanism() {
        return PosixSpawnChild.available() ? "posix_spawn" : "pty4j (" + PosixSpawnChild.unavailableReason() + ")";
    }

    private void readLoop() {
        Thread self = Thread.currentThread();
        String idleName = self.getName();
        self.setName("cis-session-reader-" + spec.id());
        try {
            read();
        } finally {
            self.setName(idleName);
        }
    }

    private void read() {
        byte[] buffer = READ_BUFFERS.get();
        try {
            int n;
            while ((n = process.read(buffer)) >= 0) {
                if (n > 0) {
                    onOutput(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            LOG.debug("session {}: terminal read ended: {}", spec.id(), e.toString());
        }
        finish(process.waitFor());
    }

    private void onOutput(byte[] chunk) {
        // counters first: a listener looking at bytesOut() sees at least the chunk it is handed
        bytesOut += chunk.length;
        lastOutputAt = Instant.now();
        if (recorder != null) {
            recorder.output(chunk, 0, chunk.length);
        }
        synchronized (outputLock) {
            ring.write(chunk, 0, chunk.length);
            listeners.publish(chunk);
        }
    }

    private void finish(int code) {
        if (recorder != null) {
            recorder.close();
        }
        synchronized (inputLock) {
            process.close();
        }
        synchronized (outputLock) {
            listeners.exit(code);
        }
        LOG.debug("session {} exited with {} after {} bytes", spec.id(), code, bytesOut);
        exit.complete(code);
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void write(byte[] bytes) {
        if (exit.isDone() || bytes.length == 0) {
            return;
        }
        byte[] copy = bytes.clone();
        synchronized (inputLock) {
            try {
                if (recorder != null && spec.recordInput()) {
                    // first: the program may answer and end before write returns
                    if (process.echoOff()) {
                        recorder.hiddenInput();
                    } else {
                        recorder.input(copy);
                    }
                }
                process.write(copy);
            } catch (IOException e) {
                LOG.debug("session {}: input dropped: {}", spec.id(), e.getMessage());
            }
        }
    }

    @Override
    public void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void resize(int columns, int rowCount) {
        if (columns <= 0 || rowCount <= 0 || exit.isDone()) {
            return;
        }
        try {
            process.resize(columns, rowCount);
            cols = columns;
            rows = rowCount;
            if (recorder != null) {
                recorder.resize(columns, rowCount);
            }
        } catch (RuntimeException e) {
            LOG.debug("session {}: resize failed: {}", spec.id(), e.toString());
        }
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public void kill() {
        if (exit.isDone() || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = ProcessHandle.of(process.pid())
                .map(h -> h.descendants().toList()).orElse(List.of());
        LOG.debug("session {}: SIGTERM to process group {}", spec.id(), process.pid());
        process.terminate();
        KILLER.schedule(() -> forceKill(descendants), spec.killGrace().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void forceKill(List<ProcessHandle> descendants) {
        if (process.isAlive()) {
            LOG.debug("session {}: SIGKILL to process group {}", spec.id(), process.pid());
            process.killForcibly();
        }
        for (ProcessHandle h : descendants) {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    @Override
    public CompletableFuture<Integer> exitFuture() {
        return exit;
    }

    @Override
    public void addListener(SessionListener listener, boolean replayRecent) {
        synchronized (outputLock) {
            listeners.add(listener, replayRecent ? ring.snapshot() : null);
        }
    }

    @Override
    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public byte[] recentOutput() {
        return ring.snapshot();
    }

    @Override
    public Path recordingPath() {
        return recorder == null ? null : recorder.path();
    }

    @Override
    public long bytesOut() {
        return bytesOut;
    }

    @Override
    public Instant lastOutputAt() {
        return lastOutputAt;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public String toString() {
        return "PtySession[" + spec.id() + ", pid " + process.pid() + "]";
    }
}
