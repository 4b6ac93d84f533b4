package dev.cis.app.node;

import dev.cis.core.node.NodeException;
import dev.cis.core.node.NodeInfo;
import dev.cis.core.node.socket.SocketNodeClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * "Ready" means "answers": the one test and the one wait for a node to be up, used by the launcher, by clients
 * that reconnect and by the tests. A node counts as up only when an {@code info} request on its socket is
 * answered; the pid file or the socket file appearing never counts.
 */
public final class NodeReadiness {

    /** Why a node that is awaited will not come up (it exited, its lock was released), or empty while it may. */
    @FunctionalInterface
    public interface Gone {
        Optional<String> why() throws IOException;
    }

    private static final long POLL_NANOS = 20_000_000;
    private static final int LOG_TAIL_LINES = 20;

    private NodeReadiness() {
    }

    /** What the node says about itself, empty when none answers; a node of another protocol version is an error. */
    public static Optional<NodeInfo> probe(NodeFiles files) throws NodeStartException {
        try (SocketNodeClient client = SocketNodeClient.connect(files.socket(), NodeLauncher.software())) {
            return Optional.of(client.info());
        } catch (NodeException e) {
            if (e.kind() == NodeException.Kind.UNAVAILABLE) {
                return Optional.empty();
            }
            throw new NodeStartException(e.getMessage(), e);
        }
    }

    /**
     * Waits until the node of {@code files} answers a request.
     *
     * @param gone says when waiting longer is pointless
     * @throws NodeStartException when {@code gone} says so or nothing answers within {@code timeout}; the message
     *                            holds the end of the node log
     */
    public static NodeInfo await(NodeFiles files, Duration timeout, Gone gone) throws NodeStartException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<NodeInfo> info = probe(files);
            if (info.isPresent()) {
                return info.get();
            }
            Optional<String> why;
            try {
                why = gone.why();
            } catch (IOException e) {
                throw new NodeStartException("cannot tell whether the node runs: " + e.getMessage(), e);
            }
            if (why.isPresent()) {
                throw new NodeStartException(why.get() + "; the end of " + files.log() + ":\n"
                        + files.logTail(LOG_TAIL_LINES));
            }
            if (System.nanoTime() > deadline) {
                throw new NodeStartException("the node did not answer on " + files.socket() + " within "
                        + timeout.toSeconds() + " s; the end of " + files.log() + ":\n"
                        + files.logTail(LOG_TAIL_LINES));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
