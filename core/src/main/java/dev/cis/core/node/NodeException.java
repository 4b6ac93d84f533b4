package dev.cis.core.node;

/** A request the node refused or could not carry out. The message is for people; the kind is for exit codes. */
public class NodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a request failed. */
    public enum Kind {
        /** No such run, task or session. */
        NOT_FOUND,
        /** The request is wrong: bad argument, invalid DAG, a state that does not allow it. */
        INVALID,
        /** The node cannot be reached or stopped answering. */
        UNAVAILABLE,
        /** The node failed while doing it. */
        FAILED
    }

    private final Kind kind;

    public NodeException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public NodeException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
