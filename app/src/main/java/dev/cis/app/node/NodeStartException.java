package dev.cis.app.node;

/**
 * A node could not be started, or started and died. The message says why and where the log is; its first line is
 * {@link #summary()}, further lines are the end of the node log.
 */
public class NodeStartException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean nodeExited;

    public NodeStartException(String message) {
        this(message, null, false);
    }

    public NodeStartException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private NodeStartException(String message, Throwable cause, boolean nodeExited) {
        super(message, cause);
        this.nodeExited = nodeExited;
    }

    /** The node process ran and ended with an error while starting: trying again fails the same way. */
    static NodeStartException exited(String message) {
        return new NodeStartException(message, null, true);
    }

    public boolean nodeExited() {
        return nodeExited;
    }

    /** The first line of the message: why, without the end of the node log. */
    public String summary() {
        String m = getMessage() == null ? "" : getMessage();
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        int tail = first.indexOf("; the end of ");
        return tail < 0 ? first : first.substring(0, tail);
    }
}
