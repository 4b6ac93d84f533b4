package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.RunCreated;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.RunRecord;
import dev.cis.core.model.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunTallyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static TaskStatusChanged change(String task, TaskStatus from, TaskStatus to) {
        return new TaskStatusChanged(T0, "r1", task, from, to, 1, null, null);
    }

    private static RunTally created() {
        return RunTally.created(new RunCreated(T0, "r1", "flow", "flow.toml", List.of("a", "b", "c"), "node"));
    }

    @Test
    void aNewRunHasEveryTaskPending() {
        var s = created().summary();
        assertThat(s.status()).isEqualTo(RunStatus.CREATED);
        assertThat(s.totalTasks()).isEqualTo(3);
        assertThat(s.completedTasks()).isZero();
        assertThat(s.node()).isEqualTo("node");
    }

    @Test
    void finishedAndBlockedTasksAreCounted() {
        RunTally t = created();
        t.started();
        t.task(change("a", TaskStatus.PENDING, TaskStatus.RUNNING));
        t.task(change("a", TaskStatus.RUNNING, TaskStatus.COMPLETED));
        t.task(change("b", TaskStatus.PENDING, TaskStatus.RUNNING));
        t.task(change("b", TaskStatus.RUNNING, TaskStatus.BLOCKED));
        var s = t.summary();
        assertThat(s.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(s.completedTasks()).isEqualTo(1);
        assertThat(s.blockedTasks()).isEqualTo(1);
    }

    @Test
    void anEventSeenTwiceCountsOnce() {
        RunTally t = created();
        t.task(change("a", TaskStatus.RUNNING, TaskStatus.COMPLETED));
        t.task(change("a", TaskStatus.RUNNING, TaskStatus.COMPLETED));
        assertThat(t.summary().completedTasks()).isEqualTo(1);
    }

    @Test
    void aFinishedRunKeepsTheCountsOfItsEnd() {
        RunTally t = created();
        t.finished(new RunFinished(T0.plusSeconds(9), "r1", RunStatus.FAILED,
                new RunSummary(1, 1, 1, 0, 3, Duration.ofSeconds(9)), "b failed"));
        var s = t.summary();
        assertThat(s.status()).isEqualTo(RunStatus.FAILED);
        assertThat(s.endedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(s.isActive()).isFalse();
    }

    @Test
    void aStoredRunWithoutItsTasksMovesItsCountsByEachEvent() {
        RunRecord run = new RunRecord("r1", "flow", null, "", RunStatus.COMPLETED, T0, T0, T0.plusSeconds(5), null,
                "node");
        RunTally t = RunTally.of(run, new RunSummary(3, 0, 0, 0, 3, Duration.ofSeconds(5)), null);
        assertThat(t.knowsTasks()).isFalse();
        t.task(change("c", TaskStatus.COMPLETED, TaskStatus.PENDING));
        assertThat(t.summary().completedTasks()).isEqualTo(2);
    }
}
