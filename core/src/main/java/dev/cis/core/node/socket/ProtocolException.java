package dev.cis.core.node.socket;

/** The other side broke the control protocol: a malformed or oversized frame, or an unexpected one. */
public class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
