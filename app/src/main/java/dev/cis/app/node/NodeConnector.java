package dev.cis.app.node;

import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.socket.SocketNodeClient;

/**
 * How commands and the GUI reach the node of a CIS_HOME: connect to the running node, or start one first.
 * Closing the returned client never stops the node or its sessions.
 */
public final class NodeConnector {

    private final NodeLauncher launcher;

    public NodeConnector(NodeLauncher launcher) {
        this.launcher = launcher;
    }

    /**
     * Connects to the node of {@code home}; with {@code startIfMissing} starts one (in the background, with this
     * process's JVM and class path) when none runs.
     *
     * @throws NodeException UNAVAILABLE when no node runs (and none should be started) or one could not be
     *                       started, naming the node log; INVALID when the node speaks another protocol version
     */
    public static NodeApi connect(CisHome home, boolean startIfMissing) throws NodeException {
        return new NodeConnector(NodeLauncher.forThisJvm()).open(home, startIfMissing);
    }

    /** As {@link #connect(CisHome, boolean)}, starting nodes with this connector's launcher. */
    public SocketNodeClient open(CisHome home, boolean startIfMissing) throws NodeException {
        NodeFiles files = new NodeFiles(home);
        try {
            return SocketNodeClient.connect(files.socket(), NodeLauncher.software());
        } catch (NodeException e) {
            if (e.kind() != NodeException.Kind.UNAVAILABLE) {
                throw e;
            }
            if (!startIfMissing) {
                throw new NodeException(NodeException.Kind.UNAVAILABLE, "no node is running for " + home
                        + "; start one with 'cis node start' (its log: " + files.log() + ")", e);
            }
        }
        try {
            launcher.start(home);
        } catch (NodeStartException e) {
            throw new NodeException(NodeException.Kind.UNAVAILABLE, "could not start a node for " + home + ": "
                    + e.getMessage(), e);
        }
        try {
            return SocketNodeClient.connect(files.socket(), NodeLauncher.software());
        } catch (NodeException e) {
            throw new NodeException(e.kind(), e.getMessage() + " (node log: " + files.log() + ")", e);
        }
    }
}
