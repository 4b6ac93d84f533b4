package dev.cis.ui.inspector;

import dev.cis.core.store.AttemptRecord;
import dev.cis.core.model.AttemptStatus;
import java.time.Instant;

/**
 * One attempt of a task, as the inspector lists it.
 *
 * @param attempt   its number, from 1
 * @param status    running, completed, failed or cancelled
 * @param startedAt when it began
 * @param endedAt   when it ended, null while it runs
 * @param exitCode  its process's exit code, null when unknown
 * @param reason    why it failed or was cancelled, null otherwise
 */
public record AttemptRow(int attempt, AttemptStatus status, Instant startedAt, Instant endedAt, Integer exitCode,
        String reason) {

    public static AttemptRow of(AttemptRecord a) {
        return new AttemptRow(a.key().attempt(), a.status(), a.startedAt(), a.endedAt(), a.exitCode(), a.reason());
    }
}
