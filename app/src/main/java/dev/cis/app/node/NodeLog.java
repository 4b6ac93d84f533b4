package dev.cis.app.node;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates the node log while the node runs. A node started in the background has its standard output and error
 * appended to {@code logs/node.log}; such a node writes its log through a {@link RotatingLog} instead, so the file
 * never grows past {@code [node] log_max_kib} (plus a line) with {@code [node] log_keep} older ones beside it. A
 * node in the foreground ({@code cis node run}) logs to the terminal and rotates nothing. What the JVM itself
 * writes to the original descriptor (rare: crash reports) goes to the file the node started with.
 */
final class NodeLog {

    private static final Logger LOG = LoggerFactory.getLogger(NodeLog.class);
    private static final Path STDERR = Path.of("/proc/self/fd/2");

    private NodeLog() {
    }

    /** Sends {@code System.out} and {@code System.err} through a rotating log when they go to {@code log}. */
    static boolean rotateWhileRunning(Path log, long maxBytes, int keep) {
        if (!writesTo(log)) {
            return false;
        }
        try {
            PrintStream stream = new PrintStream(new RotatingLog(log, maxBytes, keep), true, StandardCharsets.UTF_8);
            System.setOut(stream);
            System.setErr(stream);
            LOG.info("log {} rotates at {} KiB, keeping {} older file(s)", log, maxBytes / 1024, keep);
            return true;
        } catch (IOException e) {
            LOG.warn("cannot rotate {}: {}; it grows without limit", log, e.toString());
            return false;
        }
    }

    private static boolean writesTo(Path log) {
        try {
            return Files.exists(STDERR) && Files.exists(log)
                    && Files.isSameFile(STDERR.toRealPath(), log.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
