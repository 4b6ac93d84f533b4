package dev.cis.core.node;

import dev.cis.core.cleanup.RemovedRun;
import dev.cis.core.agent.TaskEnvironment;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.Subscription;
import dev.cis.core.session.SessionListener;
import dev.cis.core.model.ApprovalDecision;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What clients (the CLI, the GUI) ask of the node that owns the engine and every session. Implemented in
 * process by {@code engine.LocalNode} and over the node's control socket by a client. Reading stored runs does
 * not need the node: it is in the SQLite store, which any process may open.
 */
public interface NodeApi extends AutoCloseable {

    NodeInfo info() throws NodeException;

    /**
     * Validates a DAG file's text and creates a run of it; with {@code start} the node executes it at once.
     * An invalid file creates nothing: the result has no run id and the diagnostics say why.
     *
     * Its tasks start from the environment of this process (the client), without cis's and the JVM's variables.
     *
     * @param file the file the text came from (for messages, the run's name and relative work dirs)
     */
    default SubmitResult submit(Path file, String text, boolean start) throws NodeException {
        return submit(file, text, start, TaskEnvironment.ofThisProcess());
    }

    /**
     * Like {@link #submit(Path, String, boolean)}, with the environment the run's tasks start from: the
     * submitting client's ({@link TaskEnvironment#ofThisProcess()}), kept with the run so a resume after a
     * restart uses it too. {@code null} leaves the run without one: its tasks start from the node's.
     */
    SubmitResult submit(Path file, String text, boolean start, Map<String, String> env) throws NodeException;

    /** Executes a created run, or resumes one that is not executing. */
    void start(String runId) throws NodeException;

    void approve(String runId, String taskId, ApprovalDecision decision, String by) throws NodeException;

    void cancel(String runId, String reason) throws NodeException;

    /**
     * Runs a finished run again: its tasks that did not complete, or {@code taskId} (and with
     * {@code downstream} its dependents). Returns the tasks that will run again.
     */
    List<String> retry(String runId, String taskId, boolean downstream) throws NodeException;

    /**
     * Deletes finished runs with their attempts, events, outputs, recordings and work folders. Every id (or
     * unique prefix) is checked first: when one is unknown or active nothing is deleted.
     *
     * @return what each deleted run freed, in the order given
     */
    List<RemovedRun> remove(List<String> runIds) throws NodeException;

    /** Live sessions; of one run when {@code runId} is not null. */
    List<SessionInfo> sessions(String runId) throws NodeException;

    /** Kills a live session; its attempt fails and may be retried. */
    void kill(String sessionId) throws NodeException;

    /**
     * Sends {@code input} to a session (an answer to a question, Enter, free text) and waits up to
     * {@code waitMillis} for the session to be seen running again.
     */
    UnblockResult unblock(String sessionId, String input, long waitMillis) throws NodeException;

    /** Receives every event the node publishes from now on, until the subscription is closed. */
    Subscription subscribe(Consumer<CisEvent> consumer) throws NodeException;

    /**
     * Attaches to a live session: with {@code replay} the listener first gets the recent screen, then
     * live output. Several clients may attach to one session.
     */
    Attachment attach(String sessionId, boolean replay, SessionListener listener) throws NodeException;

    /** Stops the node gracefully: running sessions are asked to stop and state is saved. */
    void shutdown() throws NodeException;

    /** Releases this client's resources; the node and its sessions keep running. */
    @Override
    void close();
}
