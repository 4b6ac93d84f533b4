package dev.cis.core.store;

import dev.cis.core.model.RunSummary;
import static dev.cis.core.store.SqliteRows.RUN_COLUMNS;
import static dev.cis.core.store.SqliteRows.TASK_COLUMNS;

import dev.cis.core.dag.Dag;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs, their tasks and approvals in SQLite. */
final class SqliteRuns {

    private static final int MAX_ID_TRIES = 50;
    private static final String TERMINAL_RUN_STATUSES = Stream.of(RunStatus.values())
            .filter(RunStatus::isTerminal)
            .map(s -> "'" + s.wireName() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final SqliteConnections db;
    private final Clock clock;
    private final RandomGenerator random;

    SqliteRuns(SqliteConnections db, Clock clock, RandomGenerator random) {
        this.db = db;
        this.clock = clock;
        this.random = random;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    RunRecord create(Dag dag, String sourceText, String nodeId) {
        String sourceFile = dag.sourceFile() == null ? null : dag.sourceFile().toString();
        String text = sourceText == null ? "" : sourceText;
        return db.write("create a run of " + dag.name(), c -> {
            Instant now = now();
            String id = newId(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, dag_name, source_file, source_text,"
                    + " status, created_at, node_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, dag.name());
                ps.setString(3, sourceFile);
                ps.setString(4, text);
                ps.setString(5, RunStatus.CREATED.wireName());
                SqliteRows.setInstant(ps, 6, now);
                ps.setString(7, nodeId);
                ps.executeUpdate();
            }
            insertTasks(c, id, dag.tasks(), now);
            return new RunRecord(id, dag.name(), sourceFile, text, RunStatus.CREATED, now, null, null, null, nodeId);
        });
    }

    private String newId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM runs WHERE id = ?")) {
            for (int i = 0; i < MAX_ID_TRIES; i++) {
                String id = RunIds.random(random);
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return id;
                    }
                }
            }
        }
        throw new SQLException("no free run id after " + MAX_ID_TRIES + " tries");
    }

    private static void insertTasks(Connection c, String runId, List<TaskSpec> tasks, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_tasks (run_id, task_id, ordinal, name, agent,"
                + " deps, status, attempt, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            int ordinal = 0;
            for (TaskSpec t : tasks) {
                ps.setString(1, runId);
                ps.setString(2, t.id());
                ps.setInt(3, ordinal++);
                ps.setString(4, t.name());
                ps.setString(5, t.agent());
                ps.setString(6, SqliteRows.joinDeps(t.deps()));
                ps.setString(7, TaskStatus.PENDING.wireName());
                SqliteRows.setInstant(ps, 8, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    Optional<RunRecord> find(String runId) {
        return db.read("read run " + runId, c -> findRun(c, runId));
    }

    private static Optional<RunRecord> findRun(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs r WHERE r.id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SqliteRows.run(rs)) : Optional.empty();
            }
        }
    }

    String resolveId(String typed) throws RunLookupException {
        String prefix = RunIds.normalizePrefix(typed);
        if (prefix == null) {
            throw RunLookupException.unknown(String.valueOf(typed), recentDescriptions());
        }
        List<String> matches = db.read("look up run " + prefix, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.dag_name FROM runs r"
                    + " WHERE substr(r.id, 1, ?) = ? ORDER BY r.created_at DESC, r.rowid DESC LIMIT 20")) {
                ps.setInt(1, prefix.length());
                ps.setString(2, prefix);
                return describe(ps);
            }
        });
        if (matches.isEmpty()) {
            throw RunLookupException.unknown(typed, recentDescriptions());
        }
        if (matches.size() > 1) {
            throw RunLookupException.ambiguous(typed, matches);
        }
        String only = matches.get(0);
        return only.substring(0, only.indexOf(' '));
    }

    private List<String> recentDescriptions() {
        return db.read("list recent runs", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.id, r.dag_name FROM runs r ORDER BY r.created_at DESC, r.rowid DESC LIMIT 5")) {
                return describe(ps);
            }
        });
    }

    private static List<String> describe(PreparedStatement ps) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1) + " (" + rs.getString(2) + ")");
            }
        }
        return out;
    }

    List<RunOverview> list(int limit) {
        Instant now = now();
        String sql = "SELECT " + RUN_COLUMNS + ","
                + " COALESCE(SUM(t.status = 'completed'), 0) AS n_completed,"
                + " COALESCE(SUM(t.status = 'failed'), 0) AS n_failed,"
                + " COALESCE(SUM(t.status = 'skipped'), 0) AS n_skipped,"
                + " COALESCE(SUM(t.status = 'cancelled'), 0) AS n_cancelled,"
                + " COUNT(t.task_id) AS n_total"
                + " FROM runs r LEFT JOIN run_tasks t ON t.run_id = r.id GROUP BY r.id"
                + " ORDER BY CASE WHEN r.status IN " + TERMINAL_RUN_STATUSES + " THEN 1 ELSE 0 END,"
                + " r.created_at DESC, r.rowid DESC LIMIT ?";
        return db.read("list runs", c -> {
            List<RunOverview> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit <= 0 ? -1 : limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RunRecord run = SqliteRows.run(rs);
                        out.add(new RunOverview(run, new RunSummary(rs.getInt("n_completed"), rs.getInt("n_failed"),
                                rs.getInt("n_skipped"), rs.getInt("n_cancelled"), rs.getInt("n_total"),
                                RunSummary.duration(run.startedAt(), run.finishedAt(), now))));
                    }
                }
            }
            return out;
        });
    }

    List<RunRecord> active() {
        return db.read("list active runs", c -> {
            List<RunRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS + " FROM runs r"
                    + " WHERE r.status NOT IN " + TERMINAL_RUN_STATUSES + " ORDER BY r.created_at, r.rowid")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(SqliteRows.run(rs));
                    }
                }
            }
            return out;
        });
    }

    void setStatus(String runId, RunStatus status, String reason) {
        db.write("set status of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = ?, reason = ?,"
                    + " started_at = CASE WHEN ? THEN COALESCE(started_at, ?) ELSE started_at END,"
                    + " finished_at = ? WHERE id = ?")) {
                Instant now = now();
                ps.setString(1, status.wireName());
                ps.setString(2, reason);
                ps.setBoolean(3, status == RunStatus.RUNNING);
                SqliteRows.setInstant(ps, 4, now);
                SqliteRows.setInstant(ps, 5, status.isTerminal() ? now : null);
                ps.setString(6, runId);
                requireUpdated(ps.executeUpdate(), "run " + runId);
            }
            return null;
        });
    }

    RunSummary summary(String runId) {
        return detail(runId).orElseThrow(() -> new IllegalArgumentException("unknown run " + runId)).summary();
    }

    Optional<RunDetail> detail(String runId) {
        Instant now = now();
        return db.read("read run " + runId, c -> {
            Optional<RunRecord> run = findRun(c, runId);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            List<TaskRecord> tasks = tasksOf(c, runId);
            List<TaskStatus> statuses = new ArrayList<>();
            for (TaskRecord t : tasks) {
                statuses.add(t.status());
            }
            RunRecord r = run.get();
            return Optional.of(new RunDetail(r, tasks, RunSummary.of(statuses, r.startedAt(), r.finishedAt(), now)));
        });
    }

    List<TaskRecord> tasks(String runId) {
        return db.read("read tasks of run " + runId, c -> tasksOf(c, runId));
    }

    private static List<TaskRecord> tasksOf(Connection c, String runId) throws SQLException {
        List<TaskRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TASK_COLUMNS + " FROM run_tasks t"
                + " WHERE t.run_id = ? ORDER BY t.ordinal")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(SqliteRows.task(rs));
                }
            }
        }
        return out;
    }

    Optional<TaskRecord> task(String runId, String taskId) {
        return db.read("read task " + runId + ":" + taskId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TASK_COLUMNS + " FROM run_tasks t"
                    + " WHERE t.run_id = ? AND t.task_id = ?")) {
                ps.setString(1, runId);
                ps.setString(2, taskId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(SqliteRows.task(rs)) : Optional.empty();
                }
            }
        });
    }

    TaskStatus setTaskStatus(String runId, String taskId, TaskStatus status, int attempt, String reason) {
        if (attempt < 0) {
            throw new IllegalArgumentException("negative attempt: " + attempt);
        }
        return db.write("set status of task " + runId + ":" + taskId, c -> {
            TaskStatus before = taskStatus(c, runId, taskId);
            updateTask(c, runId, taskId, status, attempt, reason, now());
            return before;
        });
    }

    void resetTask(String runId, String taskId, String reason) {
        db.write("reset task " + runId + ":" + taskId, c -> {
            taskStatus(c, runId, taskId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE run_tasks SET status = ?, budget_from = attempt,"
                    + " reason = ?, updated_at = ? WHERE run_id = ? AND task_id = ?")) {
                ps.setString(1, TaskStatus.PENDING.wireName());
                ps.setString(2, reason);
                ps.setLong(3, now().toEpochMilli());
                ps.setString(4, runId);
                ps.setString(5, taskId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    static TaskStatus taskStatus(Connection c, String runId, String taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status FROM run_tasks WHERE run_id = ? AND task_id = ?")) {
            ps.setString(1, runId);
            ps.setString(2, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("unknown task " + taskId + " in run " + runId);
                }
                return SqliteRows.taskStatus(rs.getString(1));
            }
        }
    }

    /** Sets status, attempt (when not null) and reason of a task. */
    static void updateTask(Connection c, String runId, String taskId, TaskStatus status, Integer attempt,
            String reason, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE run_tasks SET status = ?,"
                + " attempt = COALESCE(?, attempt), reason = ?, updated_at = ? WHERE run_id = ? AND task_id = ?")) {
            ps.setString(1, status.wireName());
            SqliteRows.setInteger(ps, 2, attempt);
            ps.setString(3, reason);
            SqliteRows.setInstant(ps, 4, now);
            ps.setString(5, runId);
            ps.setString(6, taskId);
            requireUpdated(ps.executeUpdate(), "task " + taskId + " in run " + runId);
        }
    }

    void recordApproval(Approval a) {
        db.write("record approval of " + a.runId() + ":" + a.taskId(), c -> {
            taskStatus(c, a.runId(), a.taskId());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO approvals (run_id, task_id, decision,"
                    + " decided_by, ts) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, a.runId());
                ps.setString(2, a.taskId());
                ps.setString(3, a.decision().wireName());
                ps.setString(4, a.by());
                SqliteRows.setInstant(ps, 5, a.ts());
                ps.executeUpdate();
            }
            return null;
        });
    }

    List<Approval> approvals(String runId, String taskId) {
        return db.read("read approvals of " + runId + ":" + taskId, c -> {
            List<Approval> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id, task_id, decision, decided_by, ts"
                    + " FROM approvals WHERE run_id = ? AND task_id = ? ORDER BY id")) {
                ps.setString(1, runId);
                ps.setString(2, taskId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(SqliteRows.approval(rs));
                    }
                }
            }
            return out;
        });
    }

    static void requireUpdated(int rows, String what) {
        if (rows == 0) {
            throw new IllegalArgumentException("unknown " + what);
        }
    }
}
