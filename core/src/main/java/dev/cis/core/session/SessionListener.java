package dev.cis.core.session;

/**
 * Receives what a {@link Session} prints. Each listener (but a {@link Direct} one) has its own delivery
 * thread and bounded queue: callbacks of one listener are called in order, never concurrently, and never
 * on the thread that reads the terminal. A listener that falls too far behind loses the queued data and is told so
 * through {@link #onOverflow(long)}; it can then resynchronise with {@link Session#recentOutput()}.
 */
public interface SessionListener {

    /**
     * Bytes printed by the program, in order. The array is shared with other listeners and must not be
     * modified.
     */
    void onOutput(byte[] chunk);

    /** {@code droppedBytes} of output were dropped for this listener because it was too slow. */
    default void onOverflow(long droppedBytes) {
    }

    /** The program ended with {@code exitCode}; called once, after every chunk delivered to this listener. */
    default void onExit(int exitCode) {
    }

    /**
     * A listener whose callbacks only copy or count and return at once (never wait, never do I/O): it is
     * called on the thread that reads the terminal, without a queue or a thread of its own, and never
     * overflows. For watchers of many sessions this saves a thread and a hand-over per chunk.
     */
    interface Direct extends SessionListener {
    }
}
