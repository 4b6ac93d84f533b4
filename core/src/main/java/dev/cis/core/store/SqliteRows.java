package dev.cis.core.store;

import dev.cis.core.model.AttemptStatus;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Reading records from result sets and binding values; times are stored as milliseconds since the epoch. */
final class SqliteRows {

    static final String RUN_COLUMNS =
            "r.id, r.dag_name, r.source_file, r.source_text, r.status, r.created_at, r.started_at, r.finished_at,"
                    + " r.reason, r.node_id";

    static final String TASK_COLUMNS =
            "t.run_id, t.task_id, t.ordinal, t.name, t.agent, t.deps, t.status, t.attempt, t.updated_at, t.reason,"
                    + " t.budget_from,"
                    + " (SELECT a.decision FROM approvals a WHERE a.run_id = t.run_id AND a.task_id = t.task_id"
                    + " ORDER BY a.id DESC LIMIT 1) AS approval";

    static final String ATTEMPT_COLUMNS =
            "run_id, task_id, attempt, status, started_at, ended_at, exit_code, pid, output, output_bytes, prompt,"
                    + " recording_path, reason, node_id";

    private SqliteRows() {
    }

    static RunRecord run(ResultSet rs) throws SQLException {
        return new RunRecord(
                rs.getString("id"),
                rs.getString("dag_name"),
                rs.getString("source_file"),
                rs.getString("source_text"),
                runStatus(rs.getString("status")),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getString("reason"),
                rs.getString("node_id"));
    }

    static TaskRecord task(ResultSet rs) throws SQLException {
        String approval = rs.getString("approval");
        return new TaskRecord(
                rs.getString("run_id"),
                rs.getString("task_id"),
                rs.getInt("ordinal"),
                rs.getString("name"),
                rs.getString("agent"),
                splitDeps(rs.getString("deps")),
                taskStatus(rs.getString("status")),
                rs.getInt("attempt"),
                instant(rs, "updated_at"),
                rs.getString("reason"),
                approval == null ? null : decision(approval),
                rs.getInt("budget_from"));
    }

    static AttemptRecord attempt(ResultSet rs) throws SQLException {
        return new AttemptRecord(
                new AttemptKey(rs.getString("run_id"), rs.getString("task_id"), rs.getInt("attempt")),
                attemptStatus(rs.getString("status")),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                nullableInt(rs, "exit_code"),
                nullableLong(rs, "pid"),
                rs.getString("output"),
                rs.getLong("output_bytes"),
                rs.getString("prompt"),
                rs.getString("recording_path"),
                rs.getString("reason"),
                rs.getString("node_id"));
    }

    static Approval approval(ResultSet rs) throws SQLException {
        return new Approval(rs.getString("run_id"), rs.getString("task_id"), decision(rs.getString("decision")),
                rs.getString("decided_by"), instant(rs, "ts"));
    }

    static StoredEvent event(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("seq"), rs.getString("run_id"), instant(rs, "ts"), rs.getString("type"),
                rs.getString("json"));
    }

    static String joinDeps(List<String> deps) {
        return String.join(",", deps);
    }

    static List<String> splitDeps(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, t.toEpochMilli());
        }
    }

    static void setInteger(PreparedStatement ps, int index, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, v);
        }
    }

    static RunStatus runStatus(String s) throws SQLException {
        return RunStatus.fromWireName(s).orElseThrow(() -> new SQLException("unknown run status in database: " + s));
    }

    static TaskStatus taskStatus(String s) throws SQLException {
        return TaskStatus.fromWireName(s).orElseThrow(() -> new SQLException("unknown task status in database: " + s));
    }

    static AttemptStatus attemptStatus(String s) throws SQLException {
        return AttemptStatus.fromWireName(s)
                .orElseThrow(() -> new SQLException("unknown attempt status in database: " + s));
    }

    static ApprovalDecision decision(String s) throws SQLException {
        return ApprovalDecision.fromWireName(s)
                .orElseThrow(() -> new SQLException("unknown approval decision in database: " + s));
    }
}
