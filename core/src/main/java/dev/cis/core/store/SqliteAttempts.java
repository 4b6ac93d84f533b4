package dev.cis.core.store;

import dev.cis.core.model.AttemptStatus;
import dev.cis.core.model.AttemptKey;
import static dev.cis.core.store.SqliteRows.ATTEMPT_COLUMNS;

import dev.cis.core.model.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Attempts of tasks in SQLite: their start, end, output and the crash-recovery query. */
final class SqliteAttempts {

    private final SqliteConnections db;
    private final Supplier<Instant> now;

    SqliteAttempts(SqliteConnections db, Supplier<Instant> now) {
        this.db = db;
        this.now = now;
    }

    AttemptRecord begin(NewAttempt a) {
        AttemptKey k = a.key();
        return db.write("begin attempt " + k, c -> {
            TaskStatus status = SqliteRuns.taskStatus(c, k.runId(), k.taskId());
            if (status == TaskStatus.COMPLETED) {
                throw new IllegalStateException("task " + k.taskId() + " of run " + k.runId()
                        + " already completed; it does not run again");
            }
            if (find(c, k).isPresent()) {
                throw new IllegalStateException("attempt " + k + " was already begun");
            }
            Instant started = now.get();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attempts (run_id, task_id, attempt,"
                    + " session_id, status, started_at, prompt, recording_path, node_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, k.runId());
                ps.setString(2, k.taskId());
                ps.setInt(3, k.attempt());
                ps.setString(4, k.sessionId());
                ps.setString(5, AttemptStatus.RUNNING.wireName());
                SqliteRows.setInstant(ps, 6, started);
                ps.setString(7, a.prompt());
                ps.setString(8, a.recordingPath());
                ps.setString(9, a.nodeId());
                ps.executeUpdate();
            }
            SqliteRuns.updateTask(c, k.runId(), k.taskId(), TaskStatus.RUNNING, k.attempt(), null, started);
            return new AttemptRecord(k, AttemptStatus.RUNNING, started, null, null, null, null, 0, a.prompt(),
                    a.recordingPath(), null, a.nodeId());
        });
    }

    void setPid(AttemptKey k, long pid) {
        db.write("record pid of " + k, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE attempts SET pid = ? WHERE run_id = ? AND task_id = ? AND attempt = ?")) {
                ps.setLong(1, pid);
                bindKey(ps, 2, k);
                SqliteRuns.requireUpdated(ps.executeUpdate(), "attempt " + k);
            }
            return null;
        });
    }

    void setPrompt(AttemptKey k, String prompt) {
        db.write("record prompt of " + k, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE attempts SET prompt = ? WHERE run_id = ? AND task_id = ? AND attempt = ?")) {
                ps.setString(1, prompt);
                bindKey(ps, 2, k);
                SqliteRuns.requireUpdated(ps.executeUpdate(), "attempt " + k);
            }
            return null;
        });
    }

    boolean end(AttemptKey k, AttemptEnd end, TaskStatus taskStatus) {
        return db.write("end attempt " + k, c -> {
            Instant ended = now.get();
            int rows;
            try (PreparedStatement ps = c.prepareStatement("UPDATE attempts SET status = ?, ended_at = ?,"
                    + " exit_code = ?, output = ?, output_bytes = ?, reason = ?"
                    + " WHERE run_id = ? AND task_id = ? AND attempt = ? AND ended_at IS NULL")) {
                ps.setString(1, end.status().wireName());
                SqliteRows.setInstant(ps, 2, ended);
                SqliteRows.setInteger(ps, 3, end.exitCode());
                ps.setString(4, end.output());
                ps.setLong(5, end.outputBytes());
                ps.setString(6, end.reason());
                bindKey(ps, 7, k);
                rows = ps.executeUpdate();
            }
            if (rows == 0) {
                if (find(c, k).isEmpty()) {
                    throw new IllegalArgumentException("unknown attempt " + k);
                }
                return false;
            }
            if (taskStatus != null) {
                SqliteRuns.updateTask(c, k.runId(), k.taskId(), taskStatus, null, end.reason(), ended);
            }
            return true;
        });
    }

    List<AttemptRecord> ofTask(String runId, String taskId) {
        return db.read("read attempts of " + runId + ":" + taskId, c -> query(c, "SELECT " + ATTEMPT_COLUMNS
                + " FROM attempts WHERE run_id = ? AND task_id = ? ORDER BY attempt", runId, taskId));
    }

    Optional<AttemptRecord> find(AttemptKey k) {
        return db.read("read attempt " + k, c -> find(c, k));
    }

    private static Optional<AttemptRecord> find(Connection c, AttemptKey k) throws SQLException {
        List<AttemptRecord> found = query(c, "SELECT " + ATTEMPT_COLUMNS
                + " FROM attempts WHERE run_id = ? AND task_id = ? AND attempt = ?", k.runId(), k.taskId(),
                k.attempt());
        return found.stream().findFirst();
    }

    Optional<TaskOutput> output(String runId, String taskId) {
        return db.read("read output of " + runId + ":" + taskId, c -> {
            List<AttemptRecord> found = query(c, "SELECT " + ATTEMPT_COLUMNS + " FROM attempts"
                    + " WHERE run_id = ? AND task_id = ? AND ended_at IS NOT NULL"
                    + " ORDER BY status = 'completed' DESC, attempt DESC LIMIT 1", runId, taskId);
            return found.stream().findFirst().map(a -> new TaskOutput(runId, taskId, a.key().attempt(), a.status(),
                    a.exitCode(), a.output(), a.outputBytes(), a.endedAt()));
        });
    }

    List<AttemptRecord> unfinished(String nodeId) {
        String order = " ORDER BY started_at, run_id, task_id, attempt";
        return db.read("list unfinished attempts", c -> nodeId == null
                ? query(c, "SELECT " + ATTEMPT_COLUMNS + " FROM attempts WHERE ended_at IS NULL" + order)
                : query(c, "SELECT " + ATTEMPT_COLUMNS + " FROM attempts WHERE ended_at IS NULL AND node_id = ?"
                        + order, nodeId));
    }

    private static List<AttemptRecord> query(Connection c, String sql, Object... args) throws SQLException {
        List<AttemptRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(SqliteRows.attempt(rs));
                }
            }
        }
        return out;
    }

    private static void bindKey(PreparedStatement ps, int first, AttemptKey k) throws SQLException {
        ps.setString(first, k.runId());
        ps.setString(first + 1, k.taskId());
        ps.setInt(first + 2, k.attempt());
    }
}
