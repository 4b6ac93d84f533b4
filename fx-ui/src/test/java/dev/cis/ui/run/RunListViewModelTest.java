package dev.cis.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.RunStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunListViewModelTest {

    private final RunListViewModel model = new RunListViewModel();

    private static RunSummary run(String id, String dag, RunStatus s, String createdAt) {
        return new RunSummary(id, dag, s, Instant.parse(createdAt), null, 1, 5, 0, "local");
    }

    @Test
    void activeRunsComeFirstThenHistoryNewestFirst() {
        model.setRuns(List.of(
                run("r1", "docs", RunStatus.COMPLETED, "2025-01-01T10:00:00Z"),
                run("r2", "build", RunStatus.RUNNING, "2025-01-01T09:00:00Z"),
                run("r3", "docs", RunStatus.FAILED, "2025-01-01T11:00:00Z"),
                run("r4", "deploy", RunStatus.CREATED, "2025-01-01T12:00:00Z")));
        assertThat(model.rows()).extracting(RunListViewModelTest::label)
                .containsExactly("Active 2", "r4", "r2", "History 2", "r3", "r1");
    }

    @Test
    void theFilterMatchesDagNameRunIdStatusAndNode() {
        model.setRuns(List.of(
                run("r1", "docs", RunStatus.COMPLETED, "2025-01-01T10:00:00Z"),
                run("r2", "build", RunStatus.RUNNING, "2025-01-01T09:00:00Z")));
        model.filterProperty().set("DOC");
        assertThat(model.rows()).extracting(RunListViewModelTest::label).containsExactly("History 1", "r1");
        model.filterProperty().set("running");
        assertThat(model.rows()).extracting(RunListViewModelTest::label).containsExactly("Active 1", "r2");
        model.filterProperty().set("nothing like it");
        assertThat(model.rows()).isEmpty();
        assertThat(model.runCount()).isEqualTo(2);
    }

    @Test
    void upsertReplacesARunAndMovesItToHistoryWhenItEnds() {
        model.upsertRun(run("r1", "docs", RunStatus.RUNNING, "2025-01-01T10:00:00Z"));
        model.upsertRun(run("r1", "docs", RunStatus.COMPLETED, "2025-01-01T10:00:00Z"));
        assertThat(model.rows()).extracting(RunListViewModelTest::label).containsExactly("History 1", "r1");
    }

    @Test
    void theSelectionIsDroppedWhenItsRunGoesAway() {
        model.setRuns(List.of(run("r1", "docs", RunStatus.RUNNING, "2025-01-01T10:00:00Z")));
        model.select("r1");
        assertThat(model.selectedRun()).map(RunSummary::dagName).hasValue("docs");
        model.setRuns(List.of());
        assertThat(model.selectedRunIdProperty().get()).isNull();
    }

    @Test
    void unknownRunsCannotBeSelected() {
        model.select("ghost");
        assertThat(model.selectedRun()).isEmpty();
    }

    private static String label(RunListRow row) {
        return row instanceof RunListRow.Section s ? s.title() + " " + s.count() : ((RunListRow.Entry) row).run().runId();
    }

    @Test
    void aRunAskedForBeforeItIsListedIsSelectedWhenItArrives() {
        model.setRuns(List.of(run("r1", "docs", RunStatus.COMPLETED, "2025-01-01T10:00:00Z")));
        model.selectWhenAdded("r2");
        assertThat(model.selectedRunIdProperty().get()).isNull();
        model.upsertRuns(List.of(run("r2", "build", RunStatus.RUNNING, "2025-01-01T11:00:00Z")));
        assertThat(model.selectedRunIdProperty().get()).isEqualTo("r2");
    }

    @Test
    void severalRunsAreUpdatedInOneRebuild() {
        model.setRuns(List.of(run("r1", "docs", RunStatus.RUNNING, "2025-01-01T10:00:00Z")));
        int[] changes = new int[1];
        model.rows().addListener((javafx.collections.ListChangeListener<RunListRow>) c -> changes[0]++);
        model.upsertRuns(List.of(run("r1", "docs", RunStatus.COMPLETED, "2025-01-01T10:00:00Z"),
                run("r2", "build", RunStatus.RUNNING, "2025-01-01T11:00:00Z")));
        assertThat(changes[0]).isEqualTo(1);
        assertThat(model.rows()).extracting(RunListViewModelTest::label)
                .containsExactly("Active 1", "r2", "History 1", "r1");
    }
}
