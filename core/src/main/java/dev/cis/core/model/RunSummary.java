package dev.cis.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Counts of a run's tasks by outcome, and how long it ran.
 *
 * @param completed tasks completed
 * @param failed    tasks failed
 * @param skipped   tasks skipped
 * @param cancelled tasks cancelled
 * @param total     all tasks of the run
 * @param duration  from start to finish (to now while running), zero before the start
 */
public record RunSummary(int completed, int failed, int skipped, int cancelled, int total, Duration duration) {

    public RunSummary {
        Objects.requireNonNull(duration, "duration");
    }

    /** Tasks that reached a terminal status. */
    public int done() {
        return completed + failed + skipped + cancelled;
    }

    /** Builds a summary from task statuses and the run's start and finish. */
    public static RunSummary of(Collection<TaskStatus> statuses, Instant startedAt, Instant finishedAt, Instant now) {
        int completed = 0;
        int failed = 0;
        int skipped = 0;
        int cancelled = 0;
        for (TaskStatus s : statuses) {
            switch (s) {
                case COMPLETED -> completed++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
                case CANCELLED -> cancelled++;
                default -> {
                }
            }
        }
        return new RunSummary(completed, failed, skipped, cancelled, statuses.size(),
                duration(startedAt, finishedAt, now));
    }

    public static Duration duration(Instant startedAt, Instant finishedAt, Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(startedAt, finishedAt != null ? finishedAt : now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
