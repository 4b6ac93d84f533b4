package dev.cis.core.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.DagDefaults;
import dev.cis.core.dag.DagLoader;
import dev.cis.core.dag.BuiltinAgents;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.AttemptEnd;
import dev.cis.core.store.NewAttempt;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.SqliteRunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRemovalTest {

    @TempDir
    Path dir;

    CisHome home;
    SqliteRunStore store;
    RunRemoval removal;

    @BeforeEach
    void open() throws Exception {
        home = CisHome.at(dir).ensureCreated();
        store = SqliteRunStore.open(home);
        removal = new RunRemoval(store, home);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RunRecord finishedRunWithFiles(int recordingBytes) throws Exception {
        Dag dag = new DagLoader(BuiltinAgents.NAMES, DagDefaults.standard()).parse("""
                [dag]
                name = "small"
                [[dag.tasks]]
                id = "a"
                command = "true"
                """, dir.resolve("small.toml"), dir).dag();
        RunRecord run = store.createRun(dag, "source of small", "node");
        Path rec = home.recording(run.id(), "a", 1);
        Files.createDirectories(rec.getParent());
        Files.write(rec, new byte[recordingBytes]);
        Path context = home.taskWorkDir(run.id(), "a").resolve("context.md");
        Files.createDirectories(context.getParent());
        Files.writeString(context, "12345");
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(new NewAttempt(key, "node", "true", rec.toString()));
        store.endAttempt(key, AttemptEnd.completed(0, "done", 4), TaskStatus.COMPLETED);
        store.setRunStatus(run.id(), RunStatus.COMPLETED, null);
        return store.findRun(run.id()).orElseThrow();
    }

    @Test
    void removingAFinishedRunDeletesItsRowsRecordingsAndWorkFolder() throws Exception {
        RunRecord run = finishedRunWithFiles(1000);

        RemovedRun removed = removal.remove(run);

        assertThat(store.findRun(run.id())).isEmpty();
        assertThat(home.recordingsDir().resolve(run.id())).doesNotExist();
        assertThat(home.workDir().resolve(run.id())).doesNotExist();
        assertThat(removed.files()).isEqualTo(2);
        assertThat(removed.fileBytes()).isEqualTo(1005);
        assertThat(removed.databaseBytes()).isPositive();
    }

    @Test
    void measuringDeletesNothing() throws Exception {
        RunRecord run = finishedRunWithFiles(300);

        RemovedRun measured = removal.measure(run);

        assertThat(measured.fileBytes()).isEqualTo(305);
        assertThat(store.findRun(run.id())).isPresent();
        assertThat(home.recording(run.id(), "a", 1)).exists();
    }

    @Test
    void anActiveRunIsRefusedWithHowToCancelIt() throws Exception {
        RunRecord run = finishedRunWithFiles(10);
        store.setRunStatus(run.id(), RunStatus.RUNNING, null);
        RunRecord running = store.findRun(run.id()).orElseThrow();

        assertThatThrownBy(() -> removal.remove(running))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cis dag cancel " + run.id());
        assertThat(store.findRun(run.id())).isPresent();
        assertThat(home.recording(run.id(), "a", 1)).exists();
    }

    @Test
    void otherRunsKeepTheirFiles() throws Exception {
        RunRecord gone = finishedRunWithFiles(10);
        RunRecord kept = finishedRunWithFiles(20);

        removal.remove(gone);

        assertThat(home.recording(kept.id(), "a", 1)).exists();
        assertThat(store.findRun(kept.id())).isPresent();
    }
}
