package dev.cis.core.node.socket;

import dev.cis.core.node.NodeException;

/**
 * A client connection broke during a call; {@link #requestSent()} says whether the node may have seen the
 * request (when it cannot have, the call may be tried again on a new connection).
 */
final class ConnectionLost extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    ConnectionLost(NodeException cause, boolean requestSent) {
        super(cause.getMessage(), cause);
        this.requestSent = requestSent;
    }

    boolean requestSent() {
        return requestSent;
    }

    NodeException toNodeException() {
        return (NodeException) getCause();
    }
}
