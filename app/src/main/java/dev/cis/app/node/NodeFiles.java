package dev.cis.app.node;

import dev.cis.core.config.CisHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The files of the node in a CIS_HOME: socket, pid file, lock files and log. */
public final class NodeFiles {

    /** A log larger than this is moved to {@code node.log.1} when a node starts. */
    static final long ROTATE_BYTES = 10L * 1024 * 1024;

    private final CisHome home;

    public NodeFiles(CisHome home) {
        this.home = home;
    }

    public CisHome home() {
        return home;
    }

    public Path socket() {
        return home.nodeSocket();
    }

    public Path pidFile() {
        return home.nodePidFile();
    }

    /** Held by the running node for its whole life; the OS releases it when the process ends, however it ends. */
    public Path lockFile() {
        return home.runDir().resolve("node.lock");
    }

    /** Held while a node is being started, so that two starts do not both spawn one. */
    public Path startLockFile() {
        return home.runDir().resolve("start.lock");
    }

    public Path log() {
        return home.logsDir().resolve("node.log");
    }

    /** The pid in the pid file, empty when there is none or it is unreadable. */
    public OptionalLong readPid() {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(pidFile(), StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    void writePid(long pid) throws IOException {
        Path tmp = pidFile().resolveSibling("node.pid.tmp");
        Files.writeString(tmp, pid + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, pidFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the socket and the pid file (of a node that is gone). Returns what was removed. */
    List<Path> removeSocketAndPid() throws IOException {
        List<Path> removed = new java.util.ArrayList<>();
        for (Path p : List.of(socket(), pidFile())) {
            if (Files.deleteIfExists(p)) {
                removed.add(p);
            }
        }
        return removed;
    }

    /** Moves a large log aside, keeping one older log. */
    void rotateLog() throws IOException {
        Path log = log();
        if (Files.isRegularFile(log) && Files.size(log) > ROTATE_BYTES) {
            Files.move(log, log.resolveSibling("node.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The last {@code lines} lines of the log, for messages when the node failed to start. */
    public String logTail(int lines) {
        if (!Files.isRegularFile(log())) {
            return "";
        }
        Deque<String> tail = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(log(), StandardCharsets.UTF_8)) {
            all.forEach(l -> {
                tail.addLast(l);
                if (tail.size() > lines) {
                    tail.removeFirst();
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log() + ": " + e.getMessage() + ")";
        }
        return String.join("\n", tail);
    }

    /** A live process with the pid of the pid file. */
    public Optional<ProcessHandle> pidProcess() {
        OptionalLong pid = readPid();
        return pid.isPresent() ? ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive) : Optional.empty();
    }
}
