package dev.cis.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.RunStatus;
import dev.cis.ui.testing.Fx;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RunListViewTest {

    private final RunListViewModel model = new RunListViewModel();

    private static RunSummary run(String id, RunStatus s, int done) {
        return new RunSummary(id, "flow", s, Instant.parse("2025-01-01T10:00:00Z").plusSeconds(id.hashCode() % 60),
                null, done, 5, 0, "local");
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new RunListView(model), 300, 400));
        stage.show();
    }

    @Test
    void theSelectedRunStaysSelectedWhileRunsChange(FxRobot robot) {
        Fx.run(() -> {
            model.setRuns(List.of(run("r1", RunStatus.RUNNING, 1), run("r2", RunStatus.COMPLETED, 5)));
            model.select("r1");
        });
        for (int i = 2; i <= 4; i++) {
            int done = i;
            Fx.run(() -> model.upsertRun(run("r1", RunStatus.RUNNING, done)));
        }
        Fx.run(() -> model.upsertRun(run("r1", RunStatus.COMPLETED, 5)));
        assertThat(Fx.get(() -> model.selectedRunIdProperty().get())).isEqualTo("r1");
        @SuppressWarnings("unchecked")
        ListView<RunListRow> list = robot.lookup("#run-list").queryAs(ListView.class);
        assertThat(Fx.get(() -> list.getSelectionModel().getSelectedItem()))
                .isEqualTo(new RunListRow.Entry(run("r1", RunStatus.COMPLETED, 5)));
    }
}
