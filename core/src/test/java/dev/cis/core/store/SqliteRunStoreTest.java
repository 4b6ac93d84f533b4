package dev.cis.core.store;

import dev.cis.core.model.AttemptKey;
import static dev.cis.core.store.TestDags.dag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.config.CisHome;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRunStoreTest extends RunStoreContract {

    @TempDir
    Path dir;

    @Override
    protected RunStore open(MutableClock clock) throws Exception {
        return SqliteRunStore.open(dir.resolve("cis.db"), clock);
    }

    private static String pragma(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theEnvironmentOfARunIsKeptAcrossReopening() throws Exception {
        RunRecord run = store.createRun(dag("demo", "a"), "", null);
        store.saveRunEnvironment(run.id(), Map.of("PATH", "/opt/tools:/usr/bin", "LANG", "zz_ZZ.UTF-8"));
        store.close();

        try (RunStore again = SqliteRunStore.open(dir.resolve("cis.db"))) {
            assertThat(again.runEnvironment(run.id())).contains(Map.of("PATH", "/opt/tools:/usr/bin",
                    "LANG", "zz_ZZ.UTF-8"));
        }
        store = open(clock);
    }

    @Test
    void aRunSubmittedWithoutAnEnvironmentHasNone() {
        RunRecord run = store.createRun(dag("demo", "a"), "", null);

        assertThat(store.runEnvironment(run.id())).isEmpty();
    }

    @Test
    void theDatabaseAndItsWalFilesAreOwnerOnlyInAFolderOthersCanRead() throws Exception {
        Path loose = Files.createDirectories(dir.resolve("loose"));
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = loose.resolve("cis.db");

        try (RunStore s = SqliteRunStore.open(db)) {
            s.createRun(dag("demo", "a"), "", null);

            for (String name : List.of("cis.db", "cis.db-wal", "cis.db-shm")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(loose.resolve(name))))
                        .as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void anOlderDatabaseOthersCouldReadBecomesOwnerOnlyWhenOpened() throws Exception {
        Path loose = Files.createDirectories(dir.resolve("older"));
        Path db = loose.resolve("cis.db");
        SqliteRunStore.open(db).close();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        SqliteRunStore.open(db).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }

    @Test
    void databaseUsesTheWriteAheadLog() throws Exception {
        assertThat(pragma(dir.resolve("cis.db"), "journal_mode")).isEqualTo("wal");
    }

    @Test
    void databaseIsAtTheLatestSchemaVersion() throws Exception {
        assertThat(pragma(dir.resolve("cis.db"), "user_version"))
                .isEqualTo(String.valueOf(SqliteRunStore.schemaVersion()));
    }

    @Test
    void deletingARunRowDeletesItsTasksThroughForeignKeys() throws Exception {
        RunRecord run = store.createRun(dag("demo", "a"), "", null);
        store.beginAttempt(NewAttempt.of(new AttemptKey(run.id(), "a", 1)));
        try (Connection c = SqliteConnections.connect(dir.resolve("cis.db"));
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM runs WHERE id = '" + run.id() + "'");
        }

        assertThat(store.tasks(run.id())).isEmpty();
        assertThat(store.attempts(run.id(), "a")).isEmpty();
    }

    @Test
    void secondStoreOnTheSameFileSeesCommittedState() throws Exception {
        RunRecord run = store.createRun(dag("shared", "a", "b<-a"), "text", "node-a");
        store.setRunStatus(run.id(), RunStatus.RUNNING, null);
        AttemptKey key = new AttemptKey(run.id(), "a", 1);
        store.beginAttempt(NewAttempt.of(key));
        store.endAttempt(key, AttemptEnd.completed(0, "hello", 5), TaskStatus.COMPLETED);

        try (SqliteRunStore other = SqliteRunStore.open(dir.resolve("cis.db"))) {
            assertThat(other.findRun(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(other.output(run.id(), "a").orElseThrow().text()).isEqualTo("hello");

            other.setTaskStatus(run.id(), "b", TaskStatus.READY, 0, null);
        }

        assertThat(store.task(run.id(), "b").orElseThrow().status()).isEqualTo(TaskStatus.READY);
    }

    @Test
    void twoStoresOnTheSameFileWriteAtOnce() throws Exception {
        int perStore = 60;
        ExecutorService pool = NamedThreads.cached("test-writer");
        try (SqliteRunStore other = SqliteRunStore.open(dir.resolve("cis.db"))) {
            List<Future<?>> done = new ArrayList<>();
            for (RunStore s : List.of(store, other)) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perStore; i++) {
                        RunRecord run = s.createRun(dag("both", "a"), "", null);
                        s.beginAttempt(NewAttempt.of(new AttemptKey(run.id(), "a", 1)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.listRuns(RunStore.ALL)).hasSize(2 * perStore);
        assertThat(store.unfinishedAttempts()).hasSize(2 * perStore);
    }

    @Test
    void reopeningKeepsEveryRun() throws Exception {
        RunRecord run = store.createRun(dag("kept", "a"), "src", null);
        store.close();

        store = SqliteRunStore.open(dir.resolve("cis.db"));

        assertThat(store.findRun(run.id())).contains(run);
    }

    @Test
    void openingAFileThatIsNotADatabaseSaysSo() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "this is a text file, not a database; ".repeat(100));

        assertThatThrownBy(() -> SqliteRunStore.open(notDb))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining(notDb.toString())
                .hasMessageContaining("not a SQLite database");
    }

    @Test
    void openingInAMissingFolderSaysWhichFolder() {
        Path missing = dir.resolve("nowhere").resolve("cis.db");

        assertThatThrownBy(() -> SqliteRunStore.open(missing))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining(dir.resolve("nowhere").toString());
    }

    @Test
    void openingAHomeCreatesItAndItsDatabase() throws Exception {
        CisHome home = CisHome.at(dir.resolve("home"));

        try (SqliteRunStore s = SqliteRunStore.open(home)) {
            assertThat(s.file()).isEqualTo(home.database());
        }

        assertThat(home.database()).exists();
    }
}
