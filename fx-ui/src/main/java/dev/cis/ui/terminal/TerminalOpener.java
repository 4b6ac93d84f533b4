package dev.cis.ui.terminal;

import dev.cis.core.node.Attachment;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Finds what to show in a task's terminal: its live session when the latest attempt runs (attached with a replay
 * of the recent screen), else the recording of that attempt. Store reads and node calls run on {@code io}.
 */
public final class TerminalOpener {

    private static final long RETRY_MILLIS = 150;
    private static final int MAX_TRIES = 40;

    private final NodeApi node;
    private final RunStore store;
    private final Executor io;

    public TerminalOpener(NodeApi node, RunStore store, Executor io) {
        this.node = node;
        this.store = store;
        this.io = io;
    }

    /**
     * Opens the terminal of the latest attempt of a task. Fails with a {@link TerminalUnavailableException} when
     * the task has not started or its recording cannot be found.
     */
    public CompletableFuture<OpenedTerminal> open(String runId, String taskId) {
        return CompletableFuture.supplyAsync(() -> latest(runId, taskId), io)
                .thenCompose(a -> open(a, 1));
    }

    private AttemptRecord latest(String runId, String taskId) {
        List<AttemptRecord> attempts = store.attempts(runId, taskId);
        if (attempts.isEmpty()) {
            throw new CompletionException(new TerminalUnavailableException(
                    "'" + taskId + "' has not started yet: it has no terminal to show"));
        }
        return attempts.get(attempts.size() - 1);
    }

    private CompletableFuture<OpenedTerminal> open(AttemptRecord a, int tries) {
        if (a.isEnded()) {
            return CompletableFuture.completedFuture(recording(a));
        }
        SessionTtyConnector connector = new SessionTtyConnector(a.sessionId());
        try {
            Attachment attachment = node.attach(a.sessionId(), true, connector);
            connector.attached(attachment);
            return CompletableFuture.completedFuture(new OpenedTerminal(a.sessionId(), a.key().runId(),
                    a.key().taskId(), a.key().attempt(), true, connector));
        } catch (NodeException e) {
            connector.close();
            if (e.kind() != NodeException.Kind.NOT_FOUND || tries >= MAX_TRIES) {
                throw new CompletionException(new TerminalUnavailableException(
                        "cannot attach to " + a.sessionId() + ": " + e.getMessage(), e));
            }
            // the session is starting or has just ended: look again shortly
            Executor later = CompletableFuture.delayedExecutor(RETRY_MILLIS, TimeUnit.MILLISECONDS, io);
            return CompletableFuture.supplyAsync(() -> store.attempt(a.key()).orElse(a), later)
                    .thenCompose(again -> open(again, tries + 1));
        }
    }

    private static OpenedTerminal recording(AttemptRecord a) {
        String path = a.recordingPath();
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new CompletionException(new TerminalUnavailableException("attempt " + a.key().attempt() + " of '"
                    + a.key().taskId() + "' has no recording" + (path == null ? "" : " (" + path + " is gone)")));
        }
        String banner = "recording of " + a.sessionId() + " (" + a.status().wireName()
                + (a.exitCode() == null ? "" : ", exit code " + a.exitCode()) + "), read-only";
        return new OpenedTerminal(a.sessionId(), a.key().runId(), a.key().taskId(), a.key().attempt(), false,
                new RecordingTtyConnector(a.sessionId(), Path.of(path), banner));
    }
}
