package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.TaskState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskStatesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static TaskStatusChanged change(TaskStatus from, TaskStatus to, int attempt, int second, Integer exit) {
        return new TaskStatusChanged(T0.plusSeconds(second), "r", "t", from, to, attempt, exit, null);
    }

    @Test
    void aNewAttemptStartsItsClock() {
        TaskState s = TaskStates.next(TaskState.PENDING, change(TaskStatus.READY, TaskStatus.RUNNING, 1, 5, null));
        assertThat(s).isEqualTo(new TaskState(TaskStatus.RUNNING, 1, T0.plusSeconds(5), null, null));
    }

    @Test
    void beingBlockedAndGoingOnKeepsTheAttemptsStart() {
        TaskState running = new TaskState(TaskStatus.RUNNING, 1, T0, null, null);
        TaskState blocked = TaskStates.next(running, change(TaskStatus.RUNNING, TaskStatus.BLOCKED, 1, 3, null));
        TaskState again = TaskStates.next(blocked, change(TaskStatus.BLOCKED, TaskStatus.RUNNING, 1, 9, null));
        assertThat(blocked.startedAt()).isEqualTo(T0);
        assertThat(again).isEqualTo(new TaskState(TaskStatus.RUNNING, 1, T0, null, null));
    }

    @Test
    void theEndOfAnAttemptStopsItsClockAndKeepsItsExitCode() {
        TaskState running = new TaskState(TaskStatus.RUNNING, 2, T0, null, null);
        TaskState failed = TaskStates.next(running, change(TaskStatus.RUNNING, TaskStatus.RETRYING, 2, 7, 3));
        assertThat(failed).isEqualTo(new TaskState(TaskStatus.RETRYING, 2, T0, T0.plusSeconds(7), 3));
    }

    @Test
    void theNextAttemptAfterARetryStartsAFreshClock() {
        TaskState retrying = new TaskState(TaskStatus.RETRYING, 1, T0, T0.plusSeconds(2), 1);
        TaskState second = TaskStates.next(retrying, change(TaskStatus.RETRYING, TaskStatus.RUNNING, 2, 4, null));
        assertThat(second).isEqualTo(new TaskState(TaskStatus.RUNNING, 2, T0.plusSeconds(4), null, null));
    }

    @Test
    void aTaskResetForARerunShowsNoTimes() {
        TaskState failed = new TaskState(TaskStatus.FAILED, 1, T0, T0.plusSeconds(2), 1);
        TaskState pending = TaskStates.next(failed, change(TaskStatus.FAILED, TaskStatus.PENDING, 1, 30, null));
        assertThat(pending).isEqualTo(new TaskState(TaskStatus.PENDING, 1, null, null, null));
    }

    @Test
    void aSkippedTaskThatNeverRanHasNoTimes() {
        TaskState skipped = TaskStates.next(TaskState.PENDING,
                change(TaskStatus.PENDING, TaskStatus.SKIPPED, 0, 1, null));
        assertThat(skipped).isEqualTo(new TaskState(TaskStatus.SKIPPED, 0, null, null, null));
    }
}
