package dev.cis.core.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * One program running in its own pseudo-terminal. Its output goes three ways: a bounded in-memory
 * ring ({@link #recentOutput()}), an append-only asciicast v2 recording ({@link #recordingPath()}) and
 * live {@link SessionListener}s, each served on its own thread so a slow one never stalls the others.
 *
 * <p>All methods are thread-safe and none of them blocks on the program: input is written by a
 * per-session writer in the order {@link #write(byte[])} was called.
 */
public interface Session {

    /** The id given at start, e.g. {@code <run>:<task>:<attempt>}. */
    String id();

    /** Process id of the program (the leader of its process group on Unix). */
    long pid();

    /** Sends bytes to the program as if typed; recorded as an {@code "i"} event. Ignored after exit. */
    void write(byte[] bytes);

    /** Sends text (UTF-8) to the program; {@code "\r"} is Enter. */
    void write(String text);

    /** Changes the terminal size the program sees (SIGWINCH); recorded as an {@code "r"} event. */
    void resize(int cols, int rows);

    int cols();

    int rows();

    /**
     * Ends the program and its whole process group: SIGTERM now, SIGKILL after the grace period for
     * whatever is still alive. Returns at once; {@link #exitFuture()} completes when it is gone.
     */
    void kill();

    /**
     * Completes with the exit code once the program has ended and all its output was read, recorded
     * and queued for listeners. A program ended by a signal exits with {@code 128 + signal}.
     */
    CompletableFuture<Integer> exitFuture();

    /** True until the program has exited and its output was read. */
    default boolean isAlive() {
        return !exitFuture().isDone();
    }

    /** Adds a listener that receives output from now on. */
    default void addListener(SessionListener listener) {
        addListener(listener, false);
    }

    /**
     * Adds a listener. With {@code replayRecent} it first receives {@link #recentOutput()} as one chunk,
     * then the live output, with no gap and no duplicate between the two. A listener added after the
     * session ended gets the replay (if asked) and then {@link SessionListener#onExit(int)}.
     */
    void addListener(SessionListener listener, boolean replayRecent);

    /** Removes a listener; it receives nothing more and its delivery thread ends. */
    void removeListener(SessionListener listener);

    /** The last bytes the program printed (at most the ring capacity). */
    byte[] recentOutput();

    /** The asciicast v2 recording of this session, or {@code null} when it is not recorded. */
    Path recordingPath();

    /** Total bytes the program printed so far. */
    long bytesOut();

    /** When the program last printed something (its start time if it never did). */
    Instant lastOutputAt();

    Instant startedAt();
}
