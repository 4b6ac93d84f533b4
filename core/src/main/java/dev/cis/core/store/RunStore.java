package dev.cis.core.store;

import dev.cis.core.model.RunSummary;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.dag.Dag;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable state of runs: runs, their tasks, the attempts of each task with their output, approvals and events.
 *
 * <p>Every write is one transaction: after a crash the store holds either all of a write or none of it. Safe to
 * use from many threads; several processes may open the same store. Methods that name a run or task that does not
 * exist throw {@link IllegalArgumentException}; read and write failures throw {@link StoreException}.
 */
public interface RunStore extends AutoCloseable {

    /** Value of {@code limit} that lists every run. */
    int ALL = 0;

    // runs

    /**
     * Creates a run of {@code dag} with a new id, status {@link RunStatus#CREATED} and every task
     * {@link TaskStatus#PENDING}, in one transaction.
     *
     * @param sourceText the DAG file text as loaded ("" when built in memory)
     * @param nodeId     the node that will execute it, null when unknown
     */
    RunRecord createRun(Dag dag, String sourceText, String nodeId);

    /**
     * Keeps the environment a run was submitted with (the client's, without cis's and the JVM's variables):
     * its tasks start from it, also when the run is resumed by a later node.
     */
    void saveRunEnvironment(String runId, Map<String, String> env);

    /** The environment {@code runId} was submitted with; empty for runs submitted without one (older runs). */
    Optional<Map<String, String>> runEnvironment(String runId);

    Optional<RunRecord> findRun(String runId);

    /**
     * The id of the one run whose id is {@code prefixOrId} or starts with it (case-insensitive).
     *
     * @throws RunLookupException when no run matches, or several do (the message lists them)
     */
    String resolveRunId(String prefixOrId) throws RunLookupException;

    /**
     * Runs with their task counts: active runs first, then newest first.
     *
     * @param limit at most this many, or {@link #ALL}
     */
    List<RunOverview> listRuns(int limit);

    /** Runs not in a terminal status, oldest first. */
    List<RunRecord> activeRuns();

    /**
     * Sets the status of a run. {@link RunStatus#RUNNING} sets the start time (once) and clears the finish time;
     * a terminal status sets the finish time.
     *
     * @param reason why it failed or was cancelled, null otherwise
     */
    void setRunStatus(String runId, RunStatus status, String reason);

    /** The run, its tasks and their counts, read in one snapshot; empty when the run does not exist. */
    Optional<RunDetail> runDetail(String runId);

    /** Counts of the run's tasks by outcome and its duration. */
    RunSummary summary(String runId);

    /**
     * Deletes a run with its tasks, attempts, approvals and events, in one transaction. Files (recordings, work
     * folders) are not the store's: see {@code cleanup.RunRemoval}.
     *
     * @return false when no such run exists
     */
    boolean deleteRun(String runId);

    /** Bytes of the texts the run keeps in the store: its DAG source, prompts, outputs and events. */
    long storedBytes(String runId);

    // tasks

    /** The run's tasks in DAG file order. */
    List<TaskRecord> tasks(String runId);

    Optional<TaskRecord> task(String runId, String taskId);

    /**
     * Sets the status of a task and the number of its current attempt.
     *
     * @param reason why it failed, was skipped or cancelled, null otherwise
     * @return the status it had before
     */
    TaskStatus setTaskStatus(String runId, String taskId, TaskStatus status, int attempt, String reason);

    /**
     * Makes a task pending again with a new retry budget that begins after its current attempt
     * ({@code cis dag retry}), in one transaction.
     *
     * @param reason why, shown with the status
     */
    void resetTask(String runId, String taskId, String reason);

    // attempts

    /**
     * Records the start of an attempt and sets its task {@link TaskStatus#RUNNING} with that attempt number, in one
     * transaction.
     *
     * @throws IllegalStateException when that attempt was already begun (an attempt never runs twice)
     */
    AttemptRecord beginAttempt(NewAttempt attempt);

    void setAttemptPid(AttemptKey key, long pid);

    /** Records the text as sent to the session, with injected context. */
    void setAttemptPrompt(AttemptKey key, String prompt);

    /**
     * Records the end of an attempt and, when {@code taskStatus} is not null, the new status of its task, in one
     * transaction. An attempt ends once: a second end is ignored.
     *
     * @param taskStatus the task's new status (e.g. completed, retrying, failed), null to leave it
     * @return true when this call ended the attempt, false when it had already ended
     */
    boolean endAttempt(AttemptKey key, AttemptEnd end, TaskStatus taskStatus);

    /** Attempts of a task, first attempt first. */
    List<AttemptRecord> attempts(String runId, String taskId);

    Optional<AttemptRecord> attempt(AttemptKey key);

    /**
     * The output to hand to dependents: that of the latest completed attempt, else that of the latest ended one
     * (so a failed upstream can be reported), else empty.
     */
    Optional<TaskOutput> output(String runId, String taskId);

    /** Attempts begun and never ended, on every node: after a crash, those whose process died with the node. */
    List<AttemptRecord> unfinishedAttempts();

    /** Attempts begun and never ended by the node {@code nodeId}. */
    List<AttemptRecord> unfinishedAttempts(String nodeId);

    // approvals

    void recordApproval(Approval approval);

    /** Decisions about a task, oldest first. */
    List<Approval> approvals(String runId, String taskId);

    // events

    /**
     * Appends an event.
     *
     * @param runId null for an event of no run
     * @return its sequence number
     */
    long appendEvent(String runId, Instant ts, String type, String json);

    /** Appends events in their order, all or none (one transaction where the store has them). */
    default void appendEvents(List<NewEvent> events) {
        for (NewEvent e : events) {
            appendEvent(e.runId(), e.ts(), e.type(), e.json());
        }
    }

    /** Events of a run with a sequence number above {@code afterSeq}, in order, at most {@code limit}. */
    List<StoredEvent> events(String runId, long afterSeq, int limit);

    /** Events of every run with a sequence number above {@code afterSeq}, in order, at most {@code limit}. */
    List<StoredEvent> events(long afterSeq, int limit);

    /** Releases the store's connections. */
    @Override
    void close();
}
