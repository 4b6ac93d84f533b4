package dev.cis.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema of {@code cis.db}, as an ordered list of migrations. Migration {@code n} (from 1) brings a database
 * from {@code PRAGMA user_version = n-1} to {@code n}. Migrations are applied on open, all in one transaction, so a
 * database is always at one known version. Never edit a released migration: append a new one.
 */
final class SqliteSchema {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteSchema.class);

    private static final List<String> V1 = List.of(
            """
            CREATE TABLE runs (
                id          TEXT PRIMARY KEY,
                dag_name    TEXT NOT NULL,
                source_file TEXT,
                source_text TEXT NOT NULL,
                status      TEXT NOT NULL,
                created_at  INTEGER NOT NULL,
                started_at  INTEGER,
                finished_at INTEGER,
                reason      TEXT,
                node_id     TEXT
            )""",
            "CREATE INDEX runs_by_created ON runs (created_at)",
            """
            CREATE TABLE run_tasks (
                run_id     TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                task_id    TEXT NOT NULL,
                ordinal    INTEGER NOT NULL,
                name       TEXT NOT NULL,
                agent      TEXT NOT NULL,
                deps       TEXT NOT NULL,
                status     TEXT NOT NULL,
                attempt    INTEGER NOT NULL DEFAULT 0,
                updated_at INTEGER NOT NULL,
                reason     TEXT,
                PRIMARY KEY (run_id, task_id)
            )""",
            """
            CREATE TABLE attempts (
                run_id         TEXT NOT NULL,
                task_id        TEXT NOT NULL,
                attempt        INTEGER NOT NULL CHECK (attempt >= 1),
                session_id     TEXT NOT NULL UNIQUE,
                status         TEXT NOT NULL,
                started_at     INTEGER NOT NULL,
                ended_at       INTEGER,
                exit_code      INTEGER,
                pid            INTEGER,
                output         TEXT,
                output_bytes   INTEGER NOT NULL DEFAULT 0,
                prompt         TEXT,
                recording_path TEXT,
                reason         TEXT,
                node_id        TEXT,
                PRIMARY KEY (run_id, task_id, attempt),
                FOREIGN KEY (run_id, task_id) REFERENCES run_tasks (run_id, task_id) ON DELETE CASCADE
            )""",
            "CREATE INDEX attempts_unfinished ON attempts (node_id) WHERE ended_at IS NULL",
            """
            CREATE TABLE approvals (
                id         INTEGER PRIMARY KEY,
                run_id     TEXT NOT NULL,
                task_id    TEXT NOT NULL,
                decision   TEXT NOT NULL CHECK (decision IN ('approve', 'skip', 'abort')),
                decided_by TEXT NOT NULL,
                ts         INTEGER NOT NULL,
                FOREIGN KEY (run_id, task_id) REFERENCES run_tasks (run_id, task_id) ON DELETE CASCADE
            )""",
            "CREATE INDEX approvals_by_task ON approvals (run_id, task_id)",
            """
            CREATE TABLE events (
                seq    INTEGER PRIMARY KEY AUTOINCREMENT,
                run_id TEXT,
                ts     INTEGER NOT NULL,
                type   TEXT NOT NULL,
                json   TEXT NOT NULL
            )""",
            "CREATE INDEX events_by_run ON events (run_id, seq)");

    /**
     * The retry budget of a task: the number of its attempt after which the current budget began (0 for a
     * new task; the attempt it had when {@code cis dag retry} reset it), so retries are counted across
     * restarts of the node.
     */
    private static final List<String> V2 = List.of(
            "ALTER TABLE run_tasks ADD COLUMN budget_from INTEGER NOT NULL DEFAULT 0");
    /** The environment of the client that submitted a run: tasks start from it, also after a restart. */
    private static final List<String> V3 = List.of(
            """
            CREATE TABLE run_environments (
                run_id TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
                env    TEXT NOT NULL
            )""");

    /** Every migration, in order; the schema version is the size of this list. */
    static final List<List<String>> MIGRATIONS = List.of(V1, V2, V3);

    private SqliteSchema() {
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    /**
     * Applies the migrations {@code c}'s database lacks, in one transaction.
     *
     * @throws StoreOpenException when the database was written by a newer cis
     */
    static void migrate(Connection c, Path file, List<List<String>> migrations)
            throws SQLException, StoreOpenException {
        if (userVersion(c) == migrations.size()) {
            return;
        }
        SqliteConnections.exec(c, "BEGIN IMMEDIATE");
        boolean committed = false;
        try {
            int current = userVersion(c);
            if (current > migrations.size()) {
                throw new StoreOpenException("database " + file + " has schema version " + current
                        + " but this cis knows versions up to " + migrations.size()
                        + ": use a newer cis, or set CIS_HOME to another folder");
            }
            for (int v = current + 1; v <= migrations.size(); v++) {
                for (String sql : migrations.get(v - 1)) {
                    SqliteConnections.exec(c, sql);
                }
            }
            SqliteConnections.exec(c, "PRAGMA user_version = " + migrations.size());
            SqliteConnections.exec(c, "COMMIT");
            committed = true;
            LOG.info("database {} migrated from schema version {} to {}", file, current, migrations.size());
        } finally {
            if (!committed) {
                rollbackQuietly(c);
            }
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            SqliteConnections.exec(c, "ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("rollback of migration: {}", e.getMessage());
        }
    }
}
