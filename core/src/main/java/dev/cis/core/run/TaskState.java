package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.ApprovalDecision;

import java.time.Instant;

/**
 * What the planner needs to know about one task of a run.
 *
 * @param status       current status
 * @param attempt      number of the latest attempt (0 before the first one starts)
 * @param approval     the decision of a person on a gated task, null while nobody decided
 * @param notBefore    for {@link TaskStatus#RETRYING}: the next attempt may start at this time
 * @param waitingSince for {@link TaskStatus#WAITING_APPROVAL}: when the wait began
 * @param budgetFrom   the attempt after which the task's retry budget began ({@link RetryRule})
 */
public record TaskState(TaskStatus status, int attempt, ApprovalDecision approval, Instant notBefore,
        Instant waitingSince, int budgetFrom) {

    public static TaskState pending() {
        return new TaskState(TaskStatus.PENDING, 0, null, null, null, 0);
    }

    public TaskState withStatus(TaskStatus s) {
        return new TaskState(s, attempt, approval, notBefore, waitingSince, budgetFrom);
    }

    public TaskState withApproval(ApprovalDecision a) {
        return new TaskState(status, attempt, a, notBefore, waitingSince, budgetFrom);
    }

    /** The same task with attempt {@code n} now at status {@code s}, retried not before {@code notBefore}. */
    public TaskState atAttempt(TaskStatus s, int n, Instant notBefore) {
        return new TaskState(s, n, approval, notBefore, null, budgetFrom);
    }
}
