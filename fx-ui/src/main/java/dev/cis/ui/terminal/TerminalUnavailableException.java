package dev.cis.ui.terminal;

/** A task has no terminal to show (not started yet, or its recording is gone); the message says which. */
public class TerminalUnavailableException extends Exception {

    public TerminalUnavailableException(String message) {
        super(message);
    }

    public TerminalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
