package dev.cis.core.store;

import dev.cis.core.model.AttemptStatus;
import java.util.Objects;

/**
 * How an attempt ended.
 *
 * @param status      completed, failed, timed out or cancelled
 * @param exitCode    the process's exit code, null when unknown (e.g. the process died with the node)
 * @param output      the attempt's output, null when none
 * @param outputBytes bytes the session printed in total
 * @param reason      why it failed or was cancelled, null otherwise
 */
public record AttemptEnd(AttemptStatus status, Integer exitCode, String output, long outputBytes, String reason) {

    /** Reason recorded for attempts whose process was lost because the node stopped while they ran. */
    public static final String INTERRUPTED_REASON = "the node stopped while the attempt was running";

    public AttemptEnd {
        Objects.requireNonNull(status, "status");
        if (!status.isEnded()) {
            throw new IllegalArgumentException("an attempt cannot end as " + status);
        }
        if (outputBytes < 0) {
            throw new IllegalArgumentException("negative output size: " + outputBytes);
        }
    }

    public static AttemptEnd completed(int exitCode, String output, long outputBytes) {
        return new AttemptEnd(AttemptStatus.COMPLETED, exitCode, output, outputBytes, null);
    }

    public static AttemptEnd failed(Integer exitCode, String output, long outputBytes, String reason) {
        return new AttemptEnd(AttemptStatus.FAILED, exitCode, output, outputBytes, reason);
    }

    /** The session was stopped at the task's {@code timeout_secs}. */
    public static AttemptEnd timedOut(Integer exitCode, String output, long outputBytes, String reason) {
        return new AttemptEnd(AttemptStatus.TIMED_OUT, exitCode, output, outputBytes, reason);
    }

    public static AttemptEnd cancelled(String output, long outputBytes, String reason) {
        return new AttemptEnd(AttemptStatus.CANCELLED, null, output, outputBytes, reason);
    }

    /** The end recorded for an attempt found unfinished after the node restarted. */
    public static AttemptEnd interrupted() {
        return new AttemptEnd(AttemptStatus.FAILED, null, null, 0, INTERRUPTED_REASON);
    }
}
