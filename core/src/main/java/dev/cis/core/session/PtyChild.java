package dev.cis.core.session;

import java.io.IOException;

/**
 * A program on the far side of a pseudo-terminal, as {@link PtySession} drives it. Exactly one thread
 * reads ({@link #read(byte[])} until it returns -1, then {@link #waitFor()}); any thread may write,
 * resize or signal.
 */
interface PtyChild {

    long pid();

    /**
     * Reads the next output into {@code buffer}; blocks until there is some. Returns -1 once the
     * terminal is closed, or once the program has exited and nothing more arrives.
     */
    int read(byte[] buffer) throws IOException;

    /** Sends input; never waits for the program to read it. Bytes go out in the order of the calls. */
    void write(byte[] bytes) throws IOException;

    void resize(int cols, int rows);

    /**
     * True when the terminal does not echo what is typed (the program reads a password), as far as this
     * platform can tell; false when it cannot.
     */
    boolean echoOff();

    /** Waits for the program to end and returns its exit code ({@code 128 + signal} when killed). */
    int waitFor();

    boolean isAlive();

    /** SIGTERM to the program's process group. */
    void terminate();

    /** SIGKILL to the program's process group. */
    void killForcibly();

    /** Releases the terminal; called once after {@link #waitFor()}. */
    void close();
}
