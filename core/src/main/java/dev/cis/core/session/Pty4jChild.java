package dev.cis.core.session;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import com.pty4j.unix.UnixPtyProcess;
import dev.cis.core.concurrent.NamedThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link PtyChild} started by pty4j: works on every platform pty4j supports. */
final class Pty4jChild implements PtyChild {

    private static final Logger LOG = LoggerFactory.getLogger(Pty4jChild.class);

    private final String id;
    private final PtyProcess process;
    private final Object writerLock = new Object();
    private ExecutorService writer;

    private Pty4jChild(String id, PtyProcess process) {
        this.id = id;
        this.process = process;
    }

    static Pty4jChild start(SessionSpec spec) throws IOException {
        PtyProcess process = new PtyProcessBuilder(spec.command().toArray(String[]::new))
                .setEnvironment(spec.env())
                .setDirectory(spec.workDir().toString())
                .setInitialColumns(spec.cols())
                .setInitialRows(spec.rows())
                .setConsole(false)
                .start();
        // Take both streams now: pty4j closes the ones never taken when the process is destroyed,
        // which would hang up the terminal (SIGHUP) instead of letting a kill escalate.
        process.getInputStream();
        process.getOutputStream();
        return new Pty4jChild(spec.id(), process);
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        int n;
        do {
            n = process.getInputStream().read(buffer);
        } while (n == 0);
        return n;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        ExecutorService w;
        synchronized (writerLock) {
            if (writer == null) {
                writer = NamedThreads.single("cis-session-writer-" + id);
            }
            w = writer;
        }
        try {
            w.execute(() -> send(bytes));
        } catch (RejectedExecutionException e) {
            throw new IOException("session " + id + " has ended");
        }
    }

    private void send(byte[] bytes) {
        try {
            OutputStream out = process.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            LOG.debug("session {}: input not delivered: {}", id, e.toString());
        }
    }

    /** Known on Linux, where the C library binding is loaded; elsewhere false. */
    @Override
    public boolean echoOff() {
        if (process instanceof UnixPtyProcess unix && process.isAlive() && PosixSpawnChild.available()) {
            return LinuxLibc.echoOff(unix.getPty().getMasterFD());
        }
        return false;
    }

    @Override
    public void resize(int cols, int rows) {
        process.setWinSize(new WinSize(cols, rows));
    }

    @Override
    public int waitFor() {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                LOG.debug("session {}: interrupted while waiting for exit", id);
            }
        }
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void terminate() {
        process.destroy();
    }

    @Override
    public void killForcibly() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        closeQuietly(process.getInputStream());
        synchronized (writerLock) {
            if (writer == null) {
                closeQuietly(process.getOutputStream());
            } else {
                try {
                    writer.execute(() -> closeQuietly(process.getOutputStream()));
                } catch (RejectedExecutionException e) {
                    closeQuietly(process.getOutputStream());
                }
                writer.shutdown();
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.trace("close failed: {}", e.toString());
        }
    }
}
