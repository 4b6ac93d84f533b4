package dev.cis.app.node;

/** A node could not be started, or started and died. The message says why and where the log is. */
public class NodeStartException extends Exception {

    private static final long serialVersionUID = 1L;

    public NodeStartException(String message) {
        super(message);
    }

    public NodeStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
