package dev.cis.core.run;

import dev.cis.core.dag.TaskSpec;
import dev.cis.core.text.Plural;
import java.time.Duration;

/**
 * The one rule of retries. {@code retry = N} gives a task at most N+1 attempts per budget. A budget begins
 * when the run is created, and again when {@code cis dag retry} resets the task; it is stored with the task
 * ({@code budgetFrom}: the attempt after which it began), so attempts are counted across crashes and
 * restarts of the node, and an attempt that died with the node counts like any other. The planner, the end
 * of an attempt and recovery after a crash ask here; a rerun starts a new budget with {@code RunStore.resetTask}.
 */
public final class RetryRule {

    private RetryRule() {
    }

    /** Attempts of the current budget used once attempt number {@code attempt} began. */
    public static int used(int attempt, int budgetFrom) {
        return Math.max(0, attempt - budgetFrom);
    }

    /** Whether another attempt may start after attempt number {@code attempt} failed. */
    public static boolean mayRetry(TaskSpec task, int attempt, int budgetFrom) {
        return used(attempt, budgetFrom) < task.maxAttempts();
    }

    /** The wait before the attempt that follows failed attempt {@code attempt} (exponential backoff). */
    public static Duration backoff(TaskSpec task, int attempt, int budgetFrom) {
        return Duration.ofMillis((long) (task.backoffSecs(used(attempt, budgetFrom)) * 1000));
    }

    /** How the coming retry is told to a person: {@code retry 1 of 2}. */
    public static String describe(TaskSpec task, int attempt, int budgetFrom) {
        return "retry " + used(attempt, budgetFrom) + " of " + task.retry();
    }

    /** Why a task failed for good: {@code no attempts left (retry = 1: 2 attempts)}. */
    public static String exhausted(TaskSpec task) {
        return "no attempts left (retry = " + task.retry() + ": " + Plural.of(task.maxAttempts(), "attempt") + ")";
    }

}
