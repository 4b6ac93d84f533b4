package dev.cis.app.node;

import dev.cis.app.version.VersionProvider;
import dev.cis.core.config.CisHome;
import dev.cis.core.files.PrivateFiles;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.NodeInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the node of a CIS_HOME in the background: a new JVM running {@link NodeMain}, in a session of its own
 * (detached from the terminal), input from {@code /dev/null}, output appended to {@code logs/node.log}. Waits
 * until the node answers on its socket. A node already running is reused; files of a node that is gone are
 * cleaned up first.
 */
public final class NodeLauncher {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(30);

    /**
     * @param info           what the node says about itself
     * @param alreadyRunning true when a running node was found rather than started
     * @param cleanedUp      files left by a node that was gone, removed before starting
     */
    public record Started(NodeInfo info, boolean alreadyRunning, List<Path> cleanedUp) {

        public Started {
            cleanedUp = List.copyOf(cleanedUp);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(NodeLauncher.class);

    private final JavaCommand java;
    private final Duration timeout;

    public NodeLauncher(JavaCommand java, Duration startTimeout) {
        this.java = java;
        this.timeout = startTimeout;
    }

    /** Starts nodes with this process's JVM and class path. */
    public static NodeLauncher forThisJvm() {
        return new NodeLauncher(JavaCommand.ofThisJvm(System.getenv()), DEFAULT_START_TIMEOUT);
    }

    static String software() {
        return "cis " + VersionProvider.version();
    }

    /**
     * Makes sure a node runs for {@code home}: returns the one that answers, or starts one and waits for it.
     *
     * @throws NodeStartException when the node could not be started or died while starting (the message holds the
     *                            end of its log), or a node of another protocol version runs
     */
    public Started start(CisHome home) throws NodeStartException {
        NodeFiles files = new NodeFiles(home);
        try {
            home.ensureCreated();
            try (NodeLock starting = NodeLock.acquire(files.startLockFile(), timeout).orElseThrow(
                    () -> new NodeStartException("another start of the node for " + home + " takes longer than "
                            + timeout.toSeconds() + " s; see " + files.log()))) {
                return startLocked(files);
            }
        } catch (IOException e) {
            throw new NodeStartException("cannot start the node: " + e.getMessage() + " (log: " + files.log() + ")", e);
        }
    }

    private Started startLocked(NodeFiles files) throws NodeStartException, IOException {
        Optional<NodeInfo> running = NodeReadiness.probe(files);
        if (running.isPresent()) {
            return new Started(running.get(), true, List.of());
        }
        if (NodeLock.isHeld(files.lockFile())) {
            LOG.debug("a node process holds {} but does not answer yet; waiting for it", files.lockFile());
            return new Started(awaitAnswer(files, null), true, List.of());
        }
        List<Path> removed = files.removeSocketAndPid();
        files.rotateLog();
        Process process = spawn(files);
        return new Started(awaitAnswer(files, process), false, removed);
    }

    private Process spawn(NodeFiles files) throws IOException {
        PrivateFiles.ensureFile(files.log()); // owner-only: it names runs, files and sessions
        List<String> cmd = new ArrayList<>();
        setsid().ifPresent(cmd::add);
        cmd.addAll(java.command(List.of("--home", files.home().root().toString())));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(files.home().root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
                .redirectErrorStream(true);
        if (!java.launcher()) {
            pb.environment().put("CLASSPATH", java.classPath());
        }
        pb.environment().put(CisHome.ENV_VAR, files.home().root().toString());
        LOG.debug("starting the node: {}", cmd);
        return pb.start();
    }

    private static Optional<String> setsid() {
        return List.of("/usr/bin/setsid", "/bin/setsid").stream().filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst();
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /**
     * Waits until the node answers. {@code process} is the one just spawned, or null when waiting for a node
     * started by someone else.
     */
    private NodeInfo awaitAnswer(NodeFiles files, Process process) throws NodeStartException {
        try {
            return NodeReadiness.await(files, timeout, () -> died(files, process)
                    ? Optional.of("the node exited" + (process == null ? "" : " with code " + process.exitValue())
                            + " while starting")
                    : Optional.empty());
        } catch (NodeStartException e) {
            if (process == null) {
                throw e;
            }
            if (!process.isAlive() && process.exitValue() != 0) {
                throw NodeStartException.exited(e.getMessage());
            }
            process.destroyForcibly();
            throw e;
        }
    }

    /**
     * True when the node is gone. A spawned process that ended with 0 may have been {@code setsid} handing over to
     * a child of its own, so then only the timeout tells.
     */
    private static boolean died(NodeFiles files, Process process) throws IOException {
        if (process != null) {
            return !process.isAlive() && process.exitValue() != 0;
        }
        return !NodeLock.isHeld(files.lockFile());
    }
}
