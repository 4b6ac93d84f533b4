package dev.cis.core.store;

import dev.cis.core.model.AttemptStatus;
import dev.cis.core.model.AttemptKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt of a task: one session, from its start to its end.
 *
 * @param key           run, task and attempt number
 * @param status        running until its end is recorded
 * @param startedAt     when it began
 * @param endedAt       when it ended, null while running
 * @param exitCode      the process's exit code, null when unknown
 * @param pid           the process id, null before it is known
 * @param output        the attempt's output (terminal escapes removed, or what the profile extracted), null before
 *                      the end
 * @param outputBytes   how many bytes the session printed in total (may exceed the stored output when it was cut)
 * @param prompt        the text as sent, with injected context, null when not recorded
 * @param recordingPath the asciicast recording, null when none
 * @param reason        why it failed or was cancelled, null otherwise
 * @param nodeId        the node that ran it, null when unknown
 */
public record AttemptRecord(
        AttemptKey key,
        AttemptStatus status,
        Instant startedAt,
        Instant endedAt,
        Integer exitCode,
        Long pid,
        String output,
        long outputBytes,
        String prompt,
        String recordingPath,
        String reason,
        String nodeId) {

    public AttemptRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public String sessionId() {
        return key.sessionId();
    }

    public boolean isEnded() {
        return endedAt != null;
    }
}
