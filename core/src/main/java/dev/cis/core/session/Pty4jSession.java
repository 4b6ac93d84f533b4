package dev.cis.core.session;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import dev.cis.core.concurrent.NamedThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Session} on a pty4j pseudo-terminal. One reader thread per session reads the terminal in
 * large chunks and feeds, in this order, the recording, the ring and the listeners' queues; it never
 * waits for a listener. One writer thread sends input in order.
 */
public final class Pty4jSession implements Session {

    private static final Logger LOG = LoggerFactory.getLogger(Pty4jSession.class);
    private static final int READ_BUFFER = 64 * 1024;
    private static final ScheduledExecutorService KILLER = NamedThreads.scheduled("cis-session-kill", 1);

    private final SessionSpec spec;
    private final PtyProcess process;
    private final AsciicastRecorder recorder;
    private final OutputRing ring;
    private final ListenerHub listeners;
    private final Object outputLock = new Object();
    private final ExecutorService writer;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Instant startedAt;
    private volatile long bytesOut;
    private volatile Instant lastOutputAt;
    private volatile int cols;
    private volatile int rows;

    private Pty4jSession(SessionSpec spec, PtyProcess process, AsciicastRecorder recorder, Instant startedAt) {
        this.spec = spec;
        this.process = process;
        this.recorder = recorder;
        this.startedAt = startedAt;
        this.lastOutputAt = startedAt;
        this.cols = spec.cols();
        this.rows = spec.rows();
        this.ring = new OutputRing(spec.ringBytes());
        this.listeners = new ListenerHub(spec.id(), spec.listenerQueueBytes());
        this.writer = NamedThreads.single("cis-session-writer-" + spec.id());
    }

    /**
     * Starts the program. The command's first element must be an existing executable (see the agent
     * launcher, which resolves it on PATH).
     *
     * @throws IOException when the recording cannot be created or the program cannot be started
     */
    public static Pty4jSession start(SessionSpec spec) throws IOException {
        Instant started = Instant.now();
        AsciicastRecorder recorder = spec.recordingPath() == null ? null
                : AsciicastRecorder.open(spec.recordingPath(), spec.cols(), spec.rows(), spec.env(), spec.id(), started);
        PtyProcess process;
        try {
            process = new PtyProcessBuilder(spec.command().toArray(String[]::new))
                    .setEnvironment(spec.env())
                    .setDirectory(spec.workDir().toString())
                    .setInitialColumns(spec.cols())
                    .setInitialRows(spec.rows())
                    .setConsole(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            if (recorder != null) {
                recorder.close();
            }
            throw new IOException("cannot start " + spec.command().get(0) + " in " + spec.workDir() + ": "
                    + e.getMessage(), e);
        }
        // Take both streams now: pty4j closes the ones never taken when the process is destroyed,
        // which would hang up the terminal (SIGHUP) instead of letting kill() escalate.
        process.getInputStream();
        process.getOutputStream();
        Pty4jSession session = new Pty4jSession(spec, process, recorder, started);
        NamedThreads.start("cis-session-reader-" + spec.id(), session::readLoop);
        LOG.debug("session {} started pid {}: {}", spec.id(), process.pid(), spec.command());
        return session;
    }

    private void readLoop() {
        InputStream in = process.getInputStream();
        byte[] buffer = new byte[READ_BUFFER];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n > 0) {
                    onOutput(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            LOG.debug("session {}: terminal read ended: {}", spec.id(), e.toString());
        }
        finish(awaitExitCode());
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

    private int awaitExitCode() {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                LOG.debug("session {}: reader interrupted while waiting for exit", spec.id());
            }
        }
    }

    private void finish(int code) {
        if (recorder != null) {
            recorder.close();
        }
        closeQuietly(process.getInputStream());
        try {
            writer.execute(() -> closeQuietly(process.getOutputStream()));
        } catch (RejectedExecutionException e) {
            closeQuietly(process.getOutputStream());
        }
        writer.shutdown();
        synchronized (outputLock) {
            listeners.exit(code);
        }
        LOG.debug("session {} exited with {} after {} bytes", spec.id(), code, bytesOut);
        exit.complete(code);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.trace("close failed: {}", e.toString());
        }
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
        try {
            writer.execute(() -> send(copy));
        } catch (RejectedExecutionException e) {
            LOG.debug("session {} ended; input dropped", spec.id());
        }
    }

    private void send(byte[] bytes) {
        try {
            OutputStream out = process.getOutputStream();
            out.write(bytes);
            out.flush();
            if (recorder != null) {
                recorder.input(bytes);
            }
        } catch (IOException e) {
            LOG.debug("session {}: input not delivered: {}", spec.id(), e.toString());
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
            process.setWinSize(new WinSize(columns, rowCount));
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
        process.destroy();
        KILLER.schedule(() -> forceKill(descendants), spec.killGrace().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void forceKill(List<ProcessHandle> descendants) {
        if (process.isAlive()) {
            LOG.debug("session {}: SIGKILL to process group {}", spec.id(), process.pid());
            process.destroyForcibly();
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
        return "Pty4jSession[" + spec.id() + ", pid " + process.pid() + "]";
    }
}
