package dev.cis.core.node;

/** A client's attachment to a live session: input and resizes go to the session; closing detaches. */
public interface Attachment extends AutoCloseable {

    /** Sends keystrokes to the session (ignored for a read-only attachment). */
    void write(byte[] bytes);

    /** Tells the session the client's terminal size. */
    void resize(int cols, int rows);

    /**
     * True while output can still arrive: false once the session ended, after {@link #close()}, and when the
     * connection to the node was lost (the node stopped; its sessions ended with it).
     */
    default boolean isAttached() {
        return true;
    }

    /** Detaches; the session keeps running. */
    @Override
    void close();
}
