package dev.cis.ui.graph;

import dev.cis.core.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * What the dashboard knows about one task of the shown run.
 *
 * @param status    where the task stands
 * @param attempt   the current attempt, 1-based (0 before the first attempt starts)
 * @param startedAt when the current attempt started, or null
 * @param endedAt   when the current attempt ended, or null while it runs
 * @param exitCode  exit code of the current attempt's process, or null when not known
 */
public record TaskState(TaskStatus status, int attempt, Instant startedAt, Instant endedAt, Integer exitCode) {

    public static final TaskState PENDING = new TaskState(TaskStatus.PENDING, 0, null, null, null);

    /** Time spent by the current attempt: until {@code now} while it runs, until its end afterwards. */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant end = endedAt != null ? endedAt : now;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** Short human form of a duration: {@code 42s}, {@code 3m 05s}, {@code 1h 02m}. */
    public static String formatDuration(Duration d) {
        long s = d.getSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm %02ds", s / 60, s % 60);
        }
        return String.format("%dh %02dm", s / 3600, (s % 3600) / 60);
    }
}
