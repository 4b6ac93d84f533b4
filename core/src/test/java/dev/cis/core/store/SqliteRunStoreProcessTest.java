package dev.cis.core.store;

import dev.cis.core.model.AttemptKey;
import static dev.cis.core.store.TestDags.dag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes on one database file, and a process killed with SIGKILL while it writes. */
class SqliteRunStoreProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("cis.db");
    }

    @Test
    void anotherProcessSeesCommittedState() throws Exception {
        String runId;
        try (SqliteRunStore store = SqliteRunStore.open(db())) {
            runId = store.createRun(dag("shared", "a", "b<-a"), "", null).id();
            store.setRunStatus(runId, RunStatus.RUNNING, null);
            AttemptKey key = new AttemptKey(runId, "a", 1);
            store.beginAttempt(NewAttempt.of(key));
            store.endAttempt(key, AttemptEnd.completed(0, "from the parent", 15), TaskStatus.COMPLETED);

            try (ChildJvm child = ChildJvm.start(dir.resolve("child.err"), StoreChildMain.class, "read",
                    db().toString(), runId)) {
                assertThat(child.nextLine(WAIT)).isEqualTo("status running tasks 2 output from the parent");
                assertThat(child.waitFor(WAIT)).isZero();
            }
        }
    }

    @Test
    void everyRunCommittedBeforeSigkillIsThereAfterReopening() throws Exception {
        List<String> committed = new ArrayList<>();
        int exit;
        try (ChildJvm child = ChildJvm.start(dir.resolve("child.err"), StoreChildMain.class, "write",
                db().toString(), "node-child")) {
            while (committed.size() < 40) {
                String line = child.nextLine(WAIT);
                assertThat(line).as("child output (stderr in %s): %s", dir.resolve("child.err"),
                        Files.exists(dir.resolve("child.err")) ? Files.readString(dir.resolve("child.err")) : "")
                        .isNotNull();
                committed.add(line);
            }
            exit = child.kill(WAIT);
            committed.addAll(child.remainingLines(WAIT));
        }
        assertThat(exit).as("killed by SIGKILL").isEqualTo(137);

        assertThat(integrityCheck()).isEqualTo("ok");
        try (SqliteRunStore store = SqliteRunStore.open(db())) {
            for (String line : committed) {
                assertThat(line).startsWith("committed ");
                String runId = line.substring("committed ".length());
                assertThat(store.findRun(runId)).as("run %s", runId).isPresent();
                assertThat(store.tasks(runId)).hasSize(8);
                TaskOutput out = store.output(runId, "a").orElseThrow();
                assertThat(out.text()).endsWith(runId);
                assertThat(out.succeeded()).isTrue();
            }
            for (AttemptRecord lost : store.unfinishedAttempts("node-child")) {
                store.endAttempt(lost.key(), AttemptEnd.interrupted(), TaskStatus.FAILED);
            }
            assertThat(store.unfinishedAttempts()).isEmpty();
        }
    }

    private String integrityCheck() throws Exception {
        try (Connection c = SqliteConnections.connect(db());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
