package dev.cis.ui.main;

/** A DAG file could not be opened; the message says why and, where it can, how to fix it. */
public class DagOpenException extends Exception {

    public DagOpenException(String message) {
        super(message);
    }

    public DagOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
