package dev.cis.core.model;

import java.util.Locale;
import java.util.Optional;

/** How an attempt (one session of a task) stands or ended. */
public enum AttemptStatus {
    /** Its session was started and has not ended (or its end was never recorded). */
    RUNNING(false),
    /** The session ended and the attempt succeeded. */
    COMPLETED(true),
    /** The session ended and the attempt failed, or its process died with the node. */
    FAILED(true),
    /** The session was stopped because the run was cancelled or ended early. */
    CANCELLED(true),
    /** The session ran longer than the task's {@code timeout_secs} and was stopped: a failure that may be retried. */
    TIMED_OUT(true);

    private final boolean ended;

    AttemptStatus(boolean ended) {
        this.ended = ended;
    }

    public boolean isEnded() {
        return ended;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttemptStatus> fromWireName(String s) {
        for (AttemptStatus a : values()) {
            if (a.wireName().equals(s)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
