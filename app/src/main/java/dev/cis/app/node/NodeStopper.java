package dev.cis.app.node;

import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.socket.SocketNodeClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the node of a CIS_HOME: asks it over its socket (or with SIGTERM when it does not answer) and waits until
 * its process is gone; forced, kills it at once (SIGKILL) and removes its socket and pid file.
 */
public final class NodeStopper {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** How a stop ended. */
    public enum Outcome {
        /** The node stopped gracefully. */
        STOPPED,
        /** The node was killed. */
        KILLED,
        /** No node was running. */
        NOT_RUNNING
    }

    /** @param pid the node's process id, 0 when none ran */
    public record Stopped(Outcome outcome, long pid) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(NodeStopper.class);

    /**
     * @throws NodeStartException when the node is still running after {@code timeout}
     */
    public Stopped stop(CisHome home, boolean force, Duration timeout) throws NodeStartException {
        NodeFiles files = new NodeFiles(home);
        try {
            Optional<ProcessHandle> node = findNode(files);
            if (node.isEmpty()) {
                cleanUp(files);
                return new Stopped(Outcome.NOT_RUNNING, 0);
            }
            ProcessHandle p = node.get();
            if (force) {
                p.destroyForcibly();
            } else {
                askToStop(files, p);
            }
            awaitExit(p, timeout, force);
            cleanUp(files);
            return new Stopped(force ? Outcome.KILLED : Outcome.STOPPED, p.pid());
        } catch (IOException e) {
            throw new NodeStartException("cannot stop the node of " + home + ": " + e.getMessage(), e);
        }
    }

    /** The node's process: the one that answers on the socket, else the pid file's while the node lock is held. */
    private static Optional<ProcessHandle> findNode(NodeFiles files) throws IOException {
        try {
            Optional<Long> pid = NodeReadiness.probe(files).map(i -> i.pid());
            if (pid.isPresent()) {
                return ProcessHandle.of(pid.get());
            }
        } catch (NodeStartException e) {
            LOG.debug("the node answers in another protocol version: {}", e.getMessage());
        }
        OptionalLong pid = files.readPid();
        if (pid.isPresent() && NodeLock.isHeld(files.lockFile())) {
            return ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
        }
        return Optional.empty();
    }

    private static void askToStop(NodeFiles files, ProcessHandle p) {
        try (SocketNodeClient client = SocketNodeClient.connect(files.socket(), NodeLauncher.software())) {
            client.shutdown();
        } catch (NodeException e) {
            LOG.debug("the node did not take the stop request ({}); sending SIGTERM to {}", e.getMessage(), p.pid());
            p.destroy();
        }
    }

    private static void awaitExit(ProcessHandle p, Duration timeout, boolean forced) throws NodeStartException {
        try {
            p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NodeStartException("the node (pid " + p.pid() + ") is still running after " + timeout.toSeconds()
                    + " s" + (forced ? "" : "; 'cis node stop --force' kills it"));
        } catch (ExecutionException e) {
            throw new NodeStartException("waiting for the node (pid " + p.pid() + ") failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeStartException("interrupted while waiting for the node (pid " + p.pid() + ") to stop", e);
        }
    }

    /** Removes the socket and pid file when no node holds the node lock. */
    private static void cleanUp(NodeFiles files) throws IOException {
        if (!NodeLock.isHeld(files.lockFile())) {
            var removed = files.removeSocketAndPid();
            if (!removed.isEmpty()) {
                LOG.debug("removed {}", removed);
            }
        }
    }
}
