package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.TestDags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphViewModelTest {

    private final GraphViewModel model = new GraphViewModel(new ElkGraphLayouter(), Runnable::run, Runnable::run);

    @Test
    void aNewDagShowsEveryTaskPendingAndLaysItOut() {
        model.setDag(TestDags.of("flow", "a", "b:a", "c:b"));
        assertThat(model.taskCount()).isEqualTo(3);
        assertThat(model.count(TaskStatus.PENDING)).isEqualTo(3);
        assertThat(model.layoutProperty().get().nodeCount()).isEqualTo(3);
        assertThat(model.layingOutProperty().get()).isFalse();
        assertThat(model.layoutApplied()).isCompleted();
    }

    @Test
    void applyingAStatusChangesTheTaskStateAndTheCounts() {
        model.setDag(TestDags.of("flow", "a", "b:a"));
        Instant start = Instant.parse("2025-01-01T10:00:00Z");
        assertThat(model.applyTaskStatus("b", TaskStatus.BLOCKED, 1, start, null)).isTrue();
        assertThat(model.state("b")).hasValue(new TaskState(TaskStatus.BLOCKED, 1, start, null, null));
        assertThat(model.count(TaskStatus.PENDING)).isEqualTo(1);
        assertThat(model.blockedCountProperty().get()).isEqualTo(1);
        assertThat(model.runningCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aStatusOfAnUnknownTaskIsIgnored() {
        model.setDag(TestDags.of("flow", "a"));
        assertThat(model.applyTaskStatus("nope", TaskStatus.RUNNING, 1, null, null)).isFalse();
        assertThat(model.count(TaskStatus.RUNNING)).isZero();
    }

    @Test
    void theExitCodeIsKeptWithinTheSameAttemptAndDroppedForANewOne() {
        model.setDag(TestDags.of("flow", "a"));
        model.applyTaskState("a", new TaskState(TaskStatus.FAILED, 1, null, null, 3));
        model.applyTaskStatus("a", TaskStatus.FAILED, 1, null, null);
        assertThat(model.state("a").orElseThrow().exitCode()).isEqualTo(3);
        model.applyTaskStatus("a", TaskStatus.RUNNING, 2, null, null);
        assertThat(model.state("a").orElseThrow().exitCode()).isNull();
    }

    @Test
    void listenersHearWhichTaskChanged() {
        model.setDag(TestDags.of("flow", "a", "b"));
        List<Integer> heard = new ArrayList<>();
        model.addTaskStateListener(heard::add);
        model.applyTaskStatus("b", TaskStatus.RUNNING, 1, null, null);
        assertThat(heard).containsExactly(1);
    }

    @Test
    void selectingAnUnknownTaskSelectsNothing() {
        model.setDag(TestDags.of("flow", "a", "b"));
        model.select("b");
        assertThat(model.selectedIndex()).isEqualTo(1);
        model.select("zzz");
        assertThat(model.selectedTaskIdProperty().get()).isNull();
    }

    @Test
    void aLayoutThatArrivesAfterTheNextDagIsDropped() {
        List<Runnable> layouts = new ArrayList<>();
        GraphViewModel slow = new GraphViewModel(new ElkGraphLayouter(), layouts::add, Runnable::run);
        slow.setDag(TestDags.of("first", "a", "b"));
        slow.setDag(TestDags.of("second", "x"));
        layouts.get(1).run();
        layouts.get(0).run();
        assertThat(slow.layoutProperty().get().nodeCount()).isEqualTo(1);
    }

    @Test
    void clearingShowsNothing() {
        model.setDag(TestDags.of("flow", "a"));
        model.clear();
        assertThat(model.dagProperty().get()).isNull();
        assertThat(model.taskCount()).isZero();
        assertThat(model.layoutProperty().get()).isNull();
    }
}
