package dev.cis.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.ElkGraphLayouter;
import dev.cis.ui.graph.GraphViewModel;
import dev.cis.ui.graph.TaskState;
import dev.cis.ui.testing.TestDags;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskInspectorViewModelTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private final GraphViewModel graph = new GraphViewModel(new ElkGraphLayouter(), Runnable::run, Runnable::run);
    private final TaskInspectorViewModel model = new TaskInspectorViewModel(graph, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void showDag() {
        graph.setDag(TestDags.of("flow", "plan", "build:plan"));
    }

    @Test
    void withNothingSelectedItShowsNoTask() {
        assertThat(model.hasTaskProperty().get()).isFalse();
        assertThat(model.nameProperty().get()).isEmpty();
    }

    @Test
    void selectingATaskShowsItsSpecAndState() {
        graph.select("build");
        assertThat(model.hasTaskProperty().get()).isTrue();
        assertThat(model.taskIdProperty().get()).isEqualTo("build");
        assertThat(model.agentProperty().get()).isEqualTo("claude");
        assertThat(model.statusTextProperty().get()).isEqualTo("Pending");
        assertThat(model.depsProperty().get()).isEqualTo("plan");
        assertThat(model.promptProperty().get()).isEqualTo("Do the work of build.");
        assertThat(model.promptSourceProperty().get()).contains("DAG file");
        assertThat(model.attemptProperty().get()).isEqualTo("not started (up to 3)");
    }

    @Test
    void aStatusChangeOfTheSelectedTaskIsShownAtOnce() {
        graph.select("build");
        graph.applyTaskState("build", new TaskState(TaskStatus.FAILED, 2, NOW.minusSeconds(75), NOW, 1));
        assertThat(model.statusProperty().get()).isEqualTo(TaskStatus.FAILED);
        assertThat(model.attemptProperty().get()).isEqualTo("2 of 3");
        assertThat(model.exitCodeProperty().get()).isEqualTo("1");
        assertThat(model.elapsedProperty().get()).isEqualTo("1m 15s");
        assertThat(model.startedProperty().get()).isEqualTo("11:58:45");
    }

    @Test
    void theElapsedTimeOfARunningTaskGrowsWithTheClock() {
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        TaskInspectorViewModel live = new TaskInspectorViewModel(graph, moving);
        graph.select("plan");
        graph.applyTaskStatus("plan", TaskStatus.RUNNING, 1, NOW, null);
        assertThat(live.elapsedProperty().get()).isEqualTo("0s");
        now[0] = NOW.plusSeconds(42);
        live.tick();
        assertThat(live.elapsedProperty().get()).isEqualTo("42s");
    }

    @Test
    void theGivenPromptAndTheOutputReplaceTheDagText() {
        graph.select("plan");
        model.setPrompt("plan", "Do the work of plan.\n\n## Upstream task outputs");
        model.setOutput("plan", "done");
        assertThat(model.promptProperty().get()).endsWith("Upstream task outputs");
        assertThat(model.promptSourceProperty().get()).contains("given to attempt");
        assertThat(model.outputProperty().get()).isEqualTo("done");
    }

    @Test
    void theOutputOfAnotherTaskIsKeptForWhenItIsSelected() {
        graph.select("plan");
        model.setOutput("build", "built");
        assertThat(model.outputProperty().get()).isEmpty();
        graph.select("build");
        assertThat(model.outputProperty().get()).isEqualTo("built");
    }

    @Test
    void theAttemptsOfTheSelectedTaskAreListedWithTheirEnd() {
        model.setAttempts("build", java.util.List.of(
                new AttemptRow(1, dev.cis.core.model.AttemptStatus.FAILED, NOW.minusSeconds(60), NOW.minusSeconds(57),
                        1, "exited with code 1"),
                new AttemptRow(2, dev.cis.core.model.AttemptStatus.RUNNING, NOW.minusSeconds(50), null, null, null)));
        assertThat(model.attempts()).isEmpty();
        graph.select("build");
        assertThat(model.attempts()).containsExactly(
                "#1  failed, exit 1  11:59:00 \u2192 11:59:03 (3s)",
                "#2  running  11:59:10 \u2192 now (50s)");
        graph.select("plan");
        assertThat(model.attempts()).isEmpty();
    }
}
