package dev.cis.ui.notify;

/**
 * Something a person should know even when looking elsewhere.
 *
 * @param kind    what happened, which sets the look
 * @param title   one line
 * @param text    a few words more
 * @param onClick what clicking the notice does (e.g. opens the blocked task's terminal)
 */
public record Notice(Kind kind, String title, String text, Runnable onClick) {

    /** What a notice is about. */
    public enum Kind {
        /** A session waits for an answer. */
        BLOCKED,
        /** A task waits for approval. */
        APPROVAL,
        /** A run completed. */
        COMPLETED,
        /** A run failed or was cancelled. */
        FAILED
    }
}
