package dev.cis.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemaTest {

    private static final List<String> M1 = List.of("CREATE TABLE one (id INTEGER PRIMARY KEY, v TEXT)",
            "INSERT INTO one (v) VALUES ('from m1')");
    private static final List<String> M2 = List.of("ALTER TABLE one ADD COLUMN w TEXT",
            "UPDATE one SET w = 'from m2'");

    @TempDir
    Path dir;

    private Connection connect() throws SQLException {
        return SqliteConnections.connect(dir.resolve("test.db"));
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void newDatabaseGetsEveryTableAndTheLatestVersion() throws Exception {
        try (Connection c = connect()) {
            SqliteSchema.migrate(c, dir, SqliteSchema.MIGRATIONS);

            assertThat(SqliteSchema.userVersion(c)).isEqualTo(SqliteSchema.latestVersion());
            assertThat(tables(c)).containsExactly("approvals", "attempts", "events", "run_environments", "run_tasks", "runs");
        }
    }

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        try (Connection c = connect()) {
            SqliteSchema.migrate(c, dir, List.of(M1));
            SqliteSchema.migrate(c, dir, List.of(M1));

            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM one")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void onlyTheMissingMigrationsRun() throws Exception {
        try (Connection c = connect()) {
            SqliteSchema.migrate(c, dir, List.of(M1));

            SqliteSchema.migrate(c, dir, List.of(M1, M2));

            assertThat(SqliteSchema.userVersion(c)).isEqualTo(2);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v, w FROM one")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("from m1");
                assertThat(rs.getString(2)).isEqualTo("from m2");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAsItWas() throws Exception {
        try (Connection c = connect()) {
            SqliteSchema.migrate(c, dir, List.of(M1));
            List<String> broken = List.of("CREATE TABLE two (id INTEGER)", "INSERT INTO missing VALUES (1)");

            assertThatThrownBy(() -> SqliteSchema.migrate(c, dir, List.of(M1, M2, broken)))
                    .isInstanceOf(SQLException.class);

            assertThat(SqliteSchema.userVersion(c)).isEqualTo(1);
            assertThat(tables(c)).containsExactly("one");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(one)")) {
                int columns = 0;
                while (rs.next()) {
                    columns++;
                }
                assertThat(columns).as("M2 rolled back with the failed migration").isEqualTo(2);
            }
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        try (Connection c = connect()) {
            SqliteSchema.migrate(c, dir, List.of(M1, M2));

            assertThatThrownBy(() -> SqliteSchema.migrate(c, dir, List.of(M1)))
                    .isInstanceOf(StoreOpenException.class)
                    .hasMessageContaining("schema version 2")
                    .hasMessageContaining("up to 1");
            assertThat(SqliteSchema.userVersion(c)).isEqualTo(2);
        }
    }

    @Test
    void storeRefusesADatabaseFromANewerVersion() throws Exception {
        Path db = dir.resolve("test.db");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (SqliteSchema.latestVersion() + 1));
        }

        assertThatThrownBy(() -> SqliteRunStore.open(db))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("use a newer cis");
    }
}
