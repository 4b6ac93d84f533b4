package dev.cis.core.engine;

import dev.cis.core.agent.TaskEnvironment;
import dev.cis.core.node.NodeInfo;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.Attachment;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.UnblockResult;
import dev.cis.core.cleanup.RemovedRun;
import dev.cis.core.cleanup.RunRemoval;
import dev.cis.core.monitor.BlockedSessions;
import dev.cis.core.dag.LoadResult;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.SessionEvent;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.event.Subscription;
import dev.cis.core.run.LiveAttempt;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionListener;
import dev.cis.core.session.TerminalText;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunLookupException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** The node API carried out in this process, on an {@link Engine}. The node process serves it on its socket. */
public final class LocalNode implements NodeApi {

    private final Engine engine;
    private final String version;
    private final Instant startedAt;
    private final BlockedSessions blocked;
    private final Runnable onShutdown;

    /**
     * @param blocked    what the session monitor knows about sessions waiting for a person
     * @param onShutdown called when a client asks the node to stop
     */
    public LocalNode(Engine engine, String version, BlockedSessions blocked, Runnable onShutdown) {
        this.engine = engine;
        this.version = version;
        this.startedAt = engine.clock().instant();
        this.blocked = blocked;
        this.onShutdown = onShutdown;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public NodeInfo info() {
        var live = engine.executor().liveAttempts();
        int blockedCount = (int) live.stream().filter(a -> blocked.state(a.key().sessionId()).isPresent()).count();
        int active = (int) engine.store().activeRuns().stream().filter(r -> engine.executor().isExecuting(r.id())).count();
        return new NodeInfo(engine.nodeId(), ProcessHandle.current().pid(), version, startedAt,
                engine.home().root().toString(), active, live.size(), blockedCount);
    }

    @Override
    public SubmitResult submit(Path file, String text, boolean start, Map<String, String> env) {
        Path abs = file.toAbsolutePath();
        engine.refreshConfig();
        LoadResult r = engine.loader().parse(text, abs, abs.getParent());
        if (!r.ok()) {
            return new SubmitResult(null, null, 0, r.diagnostics());
        }
        RunRecord run = engine.executor().create(r.dag(), text);
        if (env != null) {
            engine.store().saveRunEnvironment(run.id(), TaskEnvironment.withoutInternals(env));
        }
        if (start) {
            engine.executor().execute(run.id());
        }
        return new SubmitResult(run.id(), r.dag().name(), r.dag().tasks().size(), r.diagnostics());
    }

    @Override
    public void start(String runId) throws NodeException {
        RunRecord run = run(runId);
        if (run.status().isTerminal()) {
            throw new NodeException(NodeException.Kind.INVALID, "run " + run.id() + " already "
                    + run.status().wireName() + "; use 'cis dag retry " + run.id() + "' to run it again");
        }
        engine.executor().execute(run.id());
    }

    @Override
    public void approve(String runId, String taskId, ApprovalDecision decision, String by) throws NodeException {
        RunRecord run = run(runId);
        var task = engine.store().task(run.id(), taskId).orElseThrow(() -> new NodeException(
                NodeException.Kind.NOT_FOUND, "run " + run.id() + " has no task '" + taskId + "'"));
        if (task.status().isTerminal() || task.status().isActive()) {
            throw new NodeException(NodeException.Kind.INVALID, "task '" + taskId + "' is "
                    + task.status().wireName() + "; only a task waiting for approval (or not started yet) can be approved");
        }
        await(engine.executor().approve(run.id(), taskId, decision, by));
    }

    @Override
    public void cancel(String runId, String reason) throws NodeException {
        RunRecord run = run(runId);
        if (run.status().isTerminal()) {
            throw new NodeException(NodeException.Kind.INVALID, "run " + run.id() + " already " + run.status().wireName());
        }
        await(engine.executor().cancel(run.id(), reason));
    }

    @Override
    public List<String> retry(String runId, String taskId, boolean downstream) throws NodeException {
        RunRecord run = run(runId);
        if (!run.status().isTerminal() && engine.executor().isExecuting(run.id())) {
            throw new NodeException(NodeException.Kind.INVALID, "run " + run.id()
                    + " is still running; wait for it to finish or cancel it first");
        }
        try {
            return engine.executor().rerun(run.id(), taskId, downstream).get(30, TimeUnit.SECONDS).tasks();
        } catch (ExecutionException e) {
            throw new NodeException(e.getCause() instanceof IllegalArgumentException ? NodeException.Kind.NOT_FOUND
                    : NodeException.Kind.INVALID, rootMessage(e), e);
        } catch (InterruptedException | TimeoutException e) {
            throw new NodeException(NodeException.Kind.FAILED, rootMessage(e), e);
        }
    }

    @Override
    public List<RemovedRun> remove(List<String> runIds) throws NodeException {
        List<RunRecord> runs = new ArrayList<>();
        for (String id : runIds) {
            RunRecord run = run(id);
            if (run.isActive() || engine.executor().isExecuting(run.id())) {
                throw new NodeException(NodeException.Kind.INVALID, RunRemoval.activeMessage(run));
            }
            runs.add(run);
        }
        RunRemoval removal = new RunRemoval(engine.store(), engine.home());
        List<RemovedRun> out = new ArrayList<>();
        for (RunRecord run : runs) {
            out.add(removal.remove(run));
        }
        return out;
    }

    @Override
    public List<SessionInfo> sessions(String runId) {
        List<SessionInfo> out = new ArrayList<>();
        for (LiveAttempt a : engine.executor().liveAttempts()) {
            if (runId != null && !a.key().runId().equals(runId)) {
                continue;
            }
            out.add(info(a));
        }
        out.sort(Comparator.comparing(SessionInfo::startedAt));
        return out;
    }

    private SessionInfo info(LiveAttempt a) {
        Session s = a.session().session();
        Optional<BlockedSessions.BlockState> b = blocked.state(a.key().sessionId());
        return new SessionInfo(a.key().sessionId(), a.key().runId(), a.task().id(), a.key().attempt(), a.task().agent(),
                s.pid(), b.isPresent() ? "blocked" : "running", b.map(BlockedSessions.BlockState::reason).orElse(null),
                b.map(BlockedSessions.BlockState::signal).orElse(null),
                b.map(BlockedSessions.BlockState::screen).orElse(List.of()), a.startedAt(), s.bytesOut(),
                lastLine(s.recentOutput()));
    }

    static String lastLine(byte[] recent) {
        int from = Math.max(0, recent.length - 4096);
        String text = TerminalText.toPlainText(java.util.Arrays.copyOfRange(recent, from, recent.length));
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    @Override
    public void kill(String sessionId) throws NodeException {
        if (!engine.executor().kill(sessionId, "killed by a person")) {
            throw new NodeException(NodeException.Kind.NOT_FOUND, "no live session " + sessionId
                    + " (see 'cis dag sessions')");
        }
    }

    @Override
    public UnblockResult unblock(String sessionId, String input, long waitMillis) throws NodeException {
        LiveAttempt a = engine.executor().liveAttempt(sessionId).orElseThrow(() -> new NodeException(
                NodeException.Kind.NOT_FOUND, "no live session " + sessionId + " (see 'cis dag sessions')"));
        boolean wasBlocked = blocked.state(sessionId).isPresent();
        CompletableFuture<String> back = new CompletableFuture<>();
        try (Subscription sub = engine.bus().subscribe(
                e -> e instanceof SessionEvent se && se.sessionId().equals(sessionId), e -> {
                    if (e instanceof SessionRecovered) {
                        back.complete("running");
                    } else if (e instanceof dev.cis.core.event.SessionCompleted
                            || e instanceof dev.cis.core.event.SessionFailed) {
                        back.complete("exited");
                    }
                })) {
            blocked.recordAnswer(sessionId, input);
            a.session().session().write(input);
            if (!wasBlocked) {
                return new UnblockResult(true, true, "running", "sent; the session was not waiting for a person");
            }
            try {
                String state = back.get(waitMillis, TimeUnit.MILLISECONDS);
                return new UnblockResult(true, true, state, state.equals("running") ? "sent; the session runs again"
                        : "sent; the session went on and has ended");
            } catch (TimeoutException e) {
                return new UnblockResult(true, false, "blocked", "sent, but the session still waits after "
                        + waitMillis + " ms: " + blocked.state(sessionId).map(BlockedSessions.BlockState::reason)
                                .orElse("it may need another answer"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NodeException(NodeException.Kind.FAILED, "interrupted", e);
            } catch (ExecutionException e) {
                throw new NodeException(NodeException.Kind.FAILED, rootMessage(e), e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<CisEvent> consumer) {
        return engine.bus().subscribe(consumer);
    }

    @Override
    public Attachment attach(String sessionId, boolean replay, SessionListener listener) throws NodeException {
        LiveAttempt a = engine.executor().liveAttempt(sessionId).orElseThrow(() -> new NodeException(
                NodeException.Kind.NOT_FOUND, "no live session " + sessionId + " (see 'cis dag sessions')"));
        Session s = a.session().session();
        s.addListener(listener, replay);
        return new Attachment() {
            @Override
            public void write(byte[] bytes) {
                blocked.recordAnswer(sessionId, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                s.write(bytes);
            }

            @Override
            public void resize(int cols, int rows) {
                s.resize(cols, rows);
            }

            @Override
            public void close() {
                s.removeListener(listener);
            }
        };
    }

    @Override
    public void shutdown() {
        onShutdown.run();
    }

    @Override
    public void close() {
        // in process: nothing to release; the engine belongs to whoever built it
    }

    private RunRecord run(String idOrPrefix) throws NodeException {
        try {
            String id = engine.store().resolveRunId(idOrPrefix);
            return engine.store().findRun(id).orElseThrow();
        } catch (RunLookupException e) {
            throw new NodeException(NodeException.Kind.NOT_FOUND, e.getMessage(), e);
        }
    }

    private static void await(CompletableFuture<?> f) throws NodeException {
        try {
            f.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeException(NodeException.Kind.FAILED, "interrupted", e);
        } catch (ExecutionException e) {
            throw new NodeException(e.getCause() instanceof IllegalArgumentException ? NodeException.Kind.INVALID
                    : NodeException.Kind.FAILED, rootMessage(e), e);
        } catch (TimeoutException e) {
            throw new NodeException(NodeException.Kind.FAILED, rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
