package dev.cis.core.node.socket;

/**
 * Constants of the node's control protocol. A frame is a 4-byte big-endian payload length, a 1-byte
 * {@link FrameKind} and the payload. Clients and nodes of different major versions refuse each other in the
 * hello; a higher minor version only adds methods.
 */
public final class Protocol {

    /** Changes when an older peer can no longer understand a newer one. */
    public static final int MAJOR = 1;
    /** Changes when methods or fields are added. */
    public static final int MINOR = 0;

    /** Bytes before the payload: length (4) and kind (1). */
    public static final int HEADER_BYTES = 5;
    /** The largest frame a node accepts from a client (requests, input): room for a DAG file of a few MiB. */
    public static final int MAX_CLIENT_FRAME = 4 * 1024 * 1024;
    /** The largest frame a client accepts from a node. */
    public static final int MAX_NODE_FRAME = 64 * 1024 * 1024;

    private Protocol() {
    }

    /** What a client of version {@code clientMajor} is told by a node of version {@code nodeMajor}. */
    public static String mismatch(int nodeMajor, int clientMajor) {
        return "node speaks protocol " + nodeMajor + ", this cis speaks " + clientMajor
                + ": restart the node with 'cis node stop && cis node start'";
    }
}
