package dev.cis.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.run.RunSummary;
import dev.cis.ui.testing.TestDags;
import dev.cis.ui.theme.Theme;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final MainWindowViewModel model = MainWindowViewModel.create(Runnable::run, Runnable::run, Clock.systemUTC());

    private static RunSummary run(String id, RunStatus s, int blocked) {
        return new RunSummary(id, "flow", s, Instant.parse("2025-01-01T10:00:00Z"), null, 0, 3, blocked, "local");
    }

    @Test
    void theTitleNamesTheShownDag() {
        assertThat(model.titleProperty().get()).isEqualTo("cis");
        model.openDag(TestDags.of("release", "a"));
        assertThat(model.titleProperty().get()).isEqualTo("release \u2014 cis");
    }

    @Test
    void openingAOneTaskDagSaysOneTask() {
        model.openDag(TestDags.of("release", "a"));
        assertThat(model.statusMessageProperty().get()).isEqualTo("Opened release (1 task)");
    }

    @Test
    void blockedTasksAreCountedAcrossActiveRunsAndLiveForTheShownOne() {
        model.runs().setRuns(List.of(run("r1", RunStatus.RUNNING, 2), run("r2", RunStatus.RUNNING, 1),
                run("r3", RunStatus.FAILED, 4)));
        assertThat(model.blockedTasksProperty().get()).isEqualTo(3);
        model.runs().select("r2");
        model.graph().setDag(TestDags.of("flow", "a", "b"));
        model.graph().applyTaskStatus("a", TaskStatus.BLOCKED, 1, null, null);
        model.graph().applyTaskStatus("b", TaskStatus.BLOCKED, 1, null, null);
        assertThat(model.blockedTasksProperty().get()).isEqualTo(4);
    }

    @Test
    void theThemeToggles() {
        assertThat(model.themeProperty().get()).isEqualTo(Theme.LIGHT);
        model.toggleTheme();
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void nodeAndMatrixStatesAreDescribed() {
        model.setNodeState(ConnectionState.CONNECTED, "local, 2 sessions");
        model.setMatrixState(ConnectionState.CONNECTING, "connecting to matrix.example.org");
        assertThat(model.nodeTextProperty().get()).isEqualTo("Node: local, 2 sessions");
        assertThat(model.matrixStateProperty().get()).isEqualTo(ConnectionState.CONNECTING);
    }
}
