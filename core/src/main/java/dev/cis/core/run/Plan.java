package dev.cis.core.run;

import dev.cis.core.model.RunStatus;
import java.time.Instant;
import java.util.List;

/**
 * What should happen next in a run, as decided by {@link Planner}. The executor carries it out.
 *
 * @param waitForApproval tasks whose deps are done and that now wait for a person
 * @param ready           tasks that may run but wait for a free worker slot
 * @param skip            tasks that will not run, with the reason
 * @param start           tasks to start now (a new attempt each), within the free worker slots
 * @param cancel          tasks to stop or never start (run ends early), with the reason
 * @param fail            tasks waiting for a retry that have no attempt left ({@link RetryRule}), with the reason
 * @param finish          the run's final status when it is over, else null
 * @param finishReason    why the run ended the way it did (null when it did not end)
 * @param wakeAt          the earliest time something changes by itself (a retry backoff or an
 *                        approval timeout ends); null when nothing is timed
 */
public record Plan(
        List<String> waitForApproval,
        List<String> ready,
        List<Decision> skip,
        List<String> start,
        List<Decision> cancel,
        List<Decision> fail,
        RunStatus finish,
        String finishReason,
        Instant wakeAt) {

    /** A task and why something happens to it. */
    public record Decision(String taskId, String reason) {
    }

    public Plan {
        waitForApproval = List.copyOf(waitForApproval);
        ready = List.copyOf(ready);
        skip = List.copyOf(skip);
        start = List.copyOf(start);
        cancel = List.copyOf(cancel);
        fail = List.copyOf(fail);
    }

    public boolean isEmpty() {
        return waitForApproval.isEmpty() && ready.isEmpty() && skip.isEmpty() && start.isEmpty() && cancel.isEmpty() && fail.isEmpty()
                && finish == null;
    }
}
