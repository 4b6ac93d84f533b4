package dev.cis.core.store;

import dev.cis.core.model.RunSummary;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RunStore} in one SQLite file ({@code $CIS_HOME/cis.db}): WAL journal, {@code synchronous=NORMAL}, a busy
 * timeout for other processes, foreign keys on, schema migrated on open. One connection writes and one reads, each
 * behind a lock; every write is one {@code BEGIN IMMEDIATE} transaction.
 */
public final class SqliteRunStore implements RunStore {

    private final SqliteConnections db;
    private final SqliteRuns runs;
    private final SqliteAttempts attempts;
    private final SqliteEvents events;
    private final SqliteRemovals removals;
    private final SqliteRunEnvironments environments;

    private SqliteRunStore(SqliteConnections db, Clock clock) {
        this.db = db;
        this.runs = new SqliteRuns(db, clock, new SecureRandom());
        this.attempts = new SqliteAttempts(db, runs::now);
        this.events = new SqliteEvents(db);
        this.removals = new SqliteRemovals(db);
        this.environments = new SqliteRunEnvironments(db);
    }

    /** Opens (creating when missing) the database of {@code home}, creating the home folder first. */
    public static SqliteRunStore open(CisHome home) throws StoreOpenException {
        try {
            home.ensureCreated();
        } catch (IOException e) {
            throw new StoreOpenException(e.getMessage(), e);
        }
        return open(home.database());
    }

    /** Opens (creating when missing) the database at {@code file}; its folder must exist. */
    public static SqliteRunStore open(Path file) throws StoreOpenException {
        return open(file, Clock.systemUTC());
    }

    /** Opens the database at {@code file}, taking times from {@code clock}. */
    public static SqliteRunStore open(Path file, Clock clock) throws StoreOpenException {
        Objects.requireNonNull(clock, "clock");
        return new SqliteRunStore(SqliteConnections.open(file), clock);
    }

    /** The schema version this code writes. */
    public static int schemaVersion() {
        return SqliteSchema.latestVersion();
    }

    public Path file() {
        return db.file();
    }

    @Override
    public RunRecord createRun(Dag dag, String sourceText, String nodeId) {
        return runs.create(dag, sourceText, nodeId);
    }

    @Override
    public void saveRunEnvironment(String runId, Map<String, String> env) {
        environments.save(runId, env);
    }

    @Override
    public Optional<Map<String, String>> runEnvironment(String runId) {
        return environments.find(runId);
    }

    @Override
    public Optional<RunRecord> findRun(String runId) {
        return runs.find(runId);
    }

    @Override
    public String resolveRunId(String prefixOrId) throws RunLookupException {
        return runs.resolveId(prefixOrId);
    }

    @Override
    public List<RunOverview> listRuns(int limit) {
        return runs.list(limit);
    }

    @Override
    public List<RunRecord> activeRuns() {
        return runs.active();
    }

    @Override
    public void setRunStatus(String runId, RunStatus status, String reason) {
        runs.setStatus(runId, status, reason);
    }

    @Override
    public Optional<RunDetail> runDetail(String runId) {
        return runs.detail(runId);
    }

    @Override
    public RunSummary summary(String runId) {
        return runs.summary(runId);
    }

    @Override
    public boolean deleteRun(String runId) {
        return removals.delete(runId);
    }

    @Override
    public long storedBytes(String runId) {
        return removals.storedBytes(runId);
    }

    @Override
    public List<TaskRecord> tasks(String runId) {
        return runs.tasks(runId);
    }

    @Override
    public Optional<TaskRecord> task(String runId, String taskId) {
        return runs.task(runId, taskId);
    }

    @Override
    public TaskStatus setTaskStatus(String runId, String taskId, TaskStatus status, int attempt, String reason) {
        return runs.setTaskStatus(runId, taskId, status, attempt, reason);
    }

    @Override
    public void resetTask(String runId, String taskId, String reason) {
        runs.resetTask(runId, taskId, reason);
    }

    @Override
    public AttemptRecord beginAttempt(NewAttempt attempt) {
        return attempts.begin(attempt);
    }

    @Override
    public void setAttemptPid(AttemptKey key, long pid) {
        attempts.setPid(key, pid);
    }

    @Override
    public void setAttemptPrompt(AttemptKey key, String prompt) {
        attempts.setPrompt(key, prompt);
    }

    @Override
    public boolean endAttempt(AttemptKey key, AttemptEnd end, TaskStatus taskStatus) {
        return attempts.end(key, end, taskStatus);
    }

    @Override
    public List<AttemptRecord> attempts(String runId, String taskId) {
        return attempts.ofTask(runId, taskId);
    }

    @Override
    public Optional<AttemptRecord> attempt(AttemptKey key) {
        return attempts.find(key);
    }

    @Override
    public Optional<TaskOutput> output(String runId, String taskId) {
        return attempts.output(runId, taskId);
    }

    @Override
    public List<AttemptRecord> unfinishedAttempts() {
        return attempts.unfinished(null);
    }

    @Override
    public List<AttemptRecord> unfinishedAttempts(String nodeId) {
        Objects.requireNonNull(nodeId, "nodeId");
        return attempts.unfinished(nodeId);
    }

    @Override
    public void recordApproval(Approval approval) {
        runs.recordApproval(approval);
    }

    @Override
    public List<Approval> approvals(String runId, String taskId) {
        return runs.approvals(runId, taskId);
    }

    @Override
    public long appendEvent(String runId, Instant ts, String type, String json) {
        return events.append(runId, ts, type, json);
    }

    @Override
    public void appendEvents(List<NewEvent> batch) {
        events.append(batch);
    }

    @Override
    public List<StoredEvent> events(String runId, long afterSeq, int limit) {
        return events.ofRun(runId, afterSeq, limit);
    }

    @Override
    public List<StoredEvent> events(long afterSeq, int limit) {
        return events.all(afterSeq, limit);
    }

    @Override
    public void close() {
        db.close();
    }

    @Override
    public String toString() {
        return "SqliteRunStore[" + db.file() + "]";
    }
}
