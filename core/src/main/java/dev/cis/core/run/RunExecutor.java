package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunStatus;
import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.RunCreated;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.RunStarted;
import dev.cis.core.event.SessionKilled;
import dev.cis.core.event.TaskApprovalRequested;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.store.Approval;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.model.RunSummary;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes runs: starts ready tasks in agent sessions as their dependencies finish, up to the DAG's
 * {@code max_workers}, applies timeouts, retries with backoff, approvals and cancellation, and records
 * every step in the {@link RunStore} and on the {@link EventBus}.
 *
 * <p>All run state is changed on one loop thread; public methods post work to it and return at once.
 */
public final class RunExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunExecutor.class);
    /** How many DAGs of recent runs stay in memory. */
    static final int RECENT_DAGS = 32;

    private final RunStore store;
    private final EventBus bus;
    private final Function<RunRecord, Dag> dagOfRun;
    private final String nodeId;
    private final Clock clock;
    private final ScheduledExecutorService loop = NamedThreads.scheduled("cis-executor", 1);
    private final ExecutorService io = NamedThreads.cached("cis-executor-io");
    private final Map<String, ActiveRun> runs = new ConcurrentHashMap<>();
    private final Map<String, LiveAttempt> live = new ConcurrentHashMap<>();
    /** DAGs of recent runs, so a rerun does not parse the source again; older ones are read from the store. */
    private final Map<String, Dag> createdDags = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Dag> eldest) {
                    return size() > RECENT_DAGS;
                }
            });
    private final List<java.util.function.Consumer<LiveAttempt>> sessionObservers =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AttemptRunner attempts;
    private final RunGuard guard = new RunGuard(this::failRun);

    /**
     * @param dagOfRun reads the DAG of a stored run (its source text) when the run is resumed after a restart
     */
    public RunExecutor(RunStore store, EventBus bus, AgentProfiles profiles, AgentLauncher launcher, CisHome home,
            String nodeId, Clock clock, Function<RunRecord, Dag> dagOfRun) {
        this.store = store;
        this.bus = bus;
        this.dagOfRun = dagOfRun;
        this.nodeId = nodeId;
        this.clock = clock;
        this.attempts = new AttemptRunner(store, bus, profiles, launcher, new AttemptSetup(store, home, nodeId), guard,
                nodeId, clock, loop, io, live, sessionObservers, this::afterChange);
    }

    public String nodeId() {
        return nodeId;
    }

    /** Creates a run of {@code dag} (status created) and returns its record. */
    public RunRecord create(Dag dag, String sourceText) {
        RunRecord r = store.createRun(dag, sourceText, nodeId);
        createdDags.put(r.id(), dag);
        bus.publish(new RunCreated(clock.instant(), r.id(), dag.name(),
                dag.sourceFile() == null ? null : dag.sourceFile().toString(),
                dag.tasks().stream().map(TaskSpec::id).toList(), nodeId));
        return r;
    }

    /**
     * Executes a created run, or resumes an active one. The future completes with the run's final status.
     * Executing a run that is already executing returns its future.
     */
    public CompletableFuture<RunStatus> execute(String runId) {
        return CompletableFuture.supplyAsync(() -> begin(runId), loop).thenCompose(done -> done);
    }

    /** A rerun that began: the tasks that run again, and the run's new final status when it ends. */
    public record Rerunning(List<String> tasks, CompletableFuture<RunStatus> done) {
    }

    /**
     * Runs a finished run again from its failed tasks ({@code taskId} null), or from one task and, with
     * {@code downstream}, its dependents. Completed tasks keep their outputs. The future completes once the
     * rerun began.
     *
     * @throws IllegalStateException (in the future) when the run is still executing or nothing is left to run
     * @throws IllegalArgumentException (in the future) when there is no such run or task
     */
    public CompletableFuture<Rerunning> rerun(String runId, String taskId, boolean downstream) {
        return CompletableFuture.supplyAsync(() -> {
            if (runs.containsKey(runId)) {
                throw new IllegalStateException("run " + runId + " is still executing; wait for it or cancel it");
            }
            RunRecord rec = store.findRun(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
            Dag dag = dagOf(rec);
            Map<String, TaskStatus> statuses = new java.util.HashMap<>();
            Map<String, Integer> attempts = new java.util.HashMap<>();
            store.tasks(runId).forEach(t -> {
                statuses.put(t.taskId(), t.status());
                attempts.put(t.taskId(), t.attempt());
            });
            List<String> reset = Rerun.tasksToReset(dag, statuses, taskId, downstream);
            if (reset.isEmpty()) {
                throw new IllegalStateException("nothing to retry: every task of run " + runId + " completed");
            }
            for (String id : reset) {
                store.resetTask(runId, id, "retried");
                bus.publish(new TaskStatusChanged(clock.instant(), runId, id, statuses.get(id), TaskStatus.PENDING,
                        attempts.get(id), null, "retried"));
            }
            return new Rerunning(reset, begin(runId));
        }, loop);
    }

    /** The final status of a run being executed, or empty when this executor is not executing it. */
    public Optional<CompletableFuture<RunStatus>> completion(String runId) {
        ActiveRun r = runs.get(runId);
        return r == null ? Optional.empty() : Optional.of(r.done);
    }

    public boolean isExecuting(String runId) {
        return runs.containsKey(runId);
    }

    /** Records a person's decision about a gated task and acts on it. */
    public CompletableFuture<Void> approve(String runId, String taskId, ApprovalDecision decision, String by) {
        return CompletableFuture.runAsync(() -> {
            ActiveRun r = runs.get(runId);
            Level level = (r != null ? r.dag : dagOf(store.findRun(runId)
                    .orElseThrow(() -> new IllegalArgumentException("no run " + runId)))).task(taskId)
                    .orElseThrow(() -> new IllegalArgumentException("run " + runId + " has no task '" + taskId + "'"))
                    .level();
            String decider = Approvals.decider(level, taskId, by);
            store.recordApproval(new Approval(runId, taskId, decision, decider, clock.instant()));
            if (r != null && r.states.containsKey(taskId)) {
                r.put(taskId, r.state(taskId).withApproval(Approvals.effective(level, store.approvals(runId, taskId))));
                step(r);
            }
        }, loop);
    }

    /** Cancels a run: stops its sessions, marks what did not finish as cancelled. */
    public CompletableFuture<Void> cancel(String runId, String reason) {
        return CompletableFuture.runAsync(() -> {
            ActiveRun r = runs.get(runId);
            if (r != null) {
                guard.run(r, "cancelling the run", () -> stop(r, RunStatus.CANCELLED, reason));
            } else {
                RunRecord rec = store.findRun(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
                if (!rec.status().isTerminal()) {
                    StoredRuns.end(store, bus, clock, runId, RunStatus.CANCELLED, reason);
                }
            }
        }, loop);
    }

    /**
     * Calls {@code observer} on the loop thread for every session this executor starts, right after it
     * started (monitors attach here). An observer must return quickly.
     */
    public void onSessionStarted(java.util.function.Consumer<LiveAttempt> observer) {
        sessionObservers.add(observer);
    }

    /**
     * Records that a live session waits for a person ({@code blocked}) or runs again: its task becomes
     * {@link TaskStatus#BLOCKED} or {@link TaskStatus#RUNNING}.
     */
    public void sessionBlocked(String sessionId, boolean blocked, String reason) {
        loop.execute(() -> {
            LiveAttempt a = live.get(sessionId);
            ActiveRun r = a == null ? null : runs.get(a.key().runId());
            if (r == null) {
                return;
            }
            TaskState s = r.state(a.task().id());
            TaskStatus to = blocked ? TaskStatus.BLOCKED : TaskStatus.RUNNING;
            if (s.status().isActive() && s.status() != to) {
                guard.run(r, "recording that task '" + a.task().id() + "' is " + to.wireName(), () -> {
                    setStatus(r.runId, a.task().id(), s.status(), to, s.attempt(), null, reason);
                    r.put(a.task().id(), s.withStatus(to));
                });
            }
        });
    }

    /** Sessions alive now. */
    public Collection<LiveAttempt> liveAttempts() {
        return List.copyOf(live.values());
    }

    public Optional<LiveAttempt> liveAttempt(String sessionId) {
        return Optional.ofNullable(live.get(sessionId));
    }

    /** Kills one session; its attempt fails (and may be retried) with the given reason. */
    public boolean kill(String sessionId, String reason) {
        LiveAttempt a = live.get(sessionId);
        if (a == null) {
            return false;
        }
        a.endReason = reason;
        bus.publish(new SessionKilled(clock.instant(), sessionId, reason));
        a.session().session().kill();
        return true;
    }

    /** The DAG of a run: the one it was created from in this process, else read from its stored source. */
    private Dag dagOf(RunRecord rec) {
        return createdDags.computeIfAbsent(rec.id(), id -> dagOfRun.apply(rec));
    }

    /** Begins (or joins) the execution of a run on the loop; returns its final status to come. */
    private CompletableFuture<RunStatus> begin(String runId) {
        ActiveRun existing = runs.get(runId);
        if (existing != null) {
            return existing.done;
        }
        RunRecord rec = store.findRun(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        Dag dag;
        try {
            dag = dagOf(rec);
        } catch (RuntimeException e) {
            LOG.error("run {}: its DAG cannot be read; the run ends failed", runId, e);
            return CompletableFuture.completedFuture(StoredRuns.end(store, bus, clock, runId,
                    RunStatus.FAILED, "its DAG cannot be read: " + RunGuard.describe(e)));
        }
        ActiveRun r = new ActiveRun(runId, dag, store.tasks(runId));
        runs.put(runId, r);
        guard.run(r, "starting the run", () -> {
            for (TaskSpec t : dag.tasks()) {
                if (t.level().type() == Level.Type.ARBITRATED) {
                    r.put(t.id(), r.state(t.id()).withApproval(Approvals.effective(t.level(),
                            store.approvals(runId, t.id()))));
                }
            }
            if (rec.status().isTerminal()) {
                LOG.warn("run {} is already {}", runId, rec.status().wireName());
            }
            store.setRunStatus(runId, RunStatus.RUNNING, null);
            bus.publish(new RunStarted(clock.instant(), runId));
            long runTimeoutSecs = dag.timeoutSecs();
            if (runTimeoutSecs > 0) {
                long left = runTimeoutSecs * 1000 - Duration.between(rec.startedAt() == null ? clock.instant()
                        : rec.startedAt(), clock.instant()).toMillis();
                r.runTimeout = loop.schedule(() -> guard.run(r, "ending the run at its timeout_secs",
                        () -> stop(r, RunStatus.CANCELLED, "the run took longer than its timeout_secs ("
                                + runTimeoutSecs + " s)")), Math.max(0, left), TimeUnit.MILLISECONDS);
            }
        });
        step(r);
        return r.done;
    }

    /** Decides and applies what happens next, until nothing changes by itself; a failure ends the run failed. */
    private void step(ActiveRun r) {
        guard.run(r, "planning the run", () -> plan(r));
    }

    private void plan(ActiveRun r) {
        if (r.done.isDone() || r.cancelling) {
            return;
        }
        boolean again = true;
        while (again && !r.done.isDone()) {
            Instant now = clock.instant();
            Plan p = r.planner.decide(r.states, now);
            again = !p.skip().isEmpty() || !p.fail().isEmpty();
            for (String id : p.waitForApproval()) {
                TaskState s = r.state(id);
                setStatus(r.runId, id, s.status(), TaskStatus.WAITING_APPROVAL, s.attempt(), null, null);
                r.put(id, new TaskState(TaskStatus.WAITING_APPROVAL, s.attempt(), s.approval(), null, now, s.budgetFrom()));
                TaskSpec t = r.spec(id);
                bus.publish(new TaskApprovalRequested(now, r.runId, id, t.level().type(), t.level().timeoutSecs(),
                        t.level().defaultAction(), t.level().stakeholders()));
            }
            for (String id : p.ready()) {
                move(r, id, TaskStatus.READY, null);
            }
            for (Plan.Decision d : p.skip()) {
                move(r, d.taskId(), TaskStatus.SKIPPED, d.reason());
            }
            for (Plan.Decision d : p.cancel()) {
                cancelTask(r, d.taskId(), d.reason());
            }
            for (Plan.Decision d : p.fail()) {
                move(r, d.taskId(), TaskStatus.FAILED, d.reason());
            }
            for (String id : p.start()) {
                again |= !attempts.start(r, id);
            }
            if (p.finish() != null) {
                if (r.idle()) {
                    complete(r, p.finish(), p.finishReason());
                }
                return;
            }
            schedule(r, p.wakeAt());
        }
    }

    private void schedule(ActiveRun r, Instant at) {
        if (at == null || (r.wakeAt != null && !at.isBefore(r.wakeAt) && r.wake != null && !r.wake.isDone())) {
            return;
        }
        if (r.wake != null) {
            r.wake.cancel(false);
        }
        r.wakeAt = at;
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        r.wake = loop.schedule(() -> {
            r.wakeAt = null;
            step(r);
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** After a task changed by itself: finish a cancelled run whose sessions are gone, else plan again. */
    private void afterChange(ActiveRun r) {
        if (r.cancelling) {
            if (r.idle()) {
                complete(r, r.stopStatus, r.cancelReason);
            }
            return;
        }
        step(r);
    }

    private void move(ActiveRun r, String taskId, TaskStatus to, String reason) {
        TaskState s = r.state(taskId);
        setStatus(r.runId, taskId, s.status(), to, s.attempt(), null, reason);
        r.put(taskId, s.withStatus(to));
    }

    private void cancelTask(ActiveRun r, String taskId, String reason) {
        TaskState s = r.state(taskId);
        if (s.status().isTerminal()) {
            return;
        }
        for (LiveAttempt a : r.live.values()) {
            if (a.task().id().equals(taskId)) {
                a.cancelled = r.stopStatus != RunStatus.FAILED;
                a.endReason = reason;
                bus.publish(new SessionKilled(clock.instant(), a.key().sessionId(), reason));
                a.session().session().kill();
            }
        }
        boolean endsWithItsSession = r.stopStatus == RunStatus.FAILED
                && r.live.values().stream().anyMatch(a -> a.task().id().equals(taskId));
        if (!endsWithItsSession) {
            move(r, taskId, TaskStatus.CANCELLED, reason);
        }
    }

    /**
     * Ends a run early: {@code CANCELLED} (by a person, a timeout) or {@code FAILED} (an error). Its sessions are
     * stopped (their attempts end cancelled, or failed for a failed run), what did not finish is cancelled, and
     * the run ends once no session is left.
     */
    private void stop(ActiveRun r, RunStatus status, String reason) {
        if (r.done.isDone() || r.cancelling) {
            return;
        }
        r.cancelling = true;
        r.stopStatus = status;
        r.cancelReason = reason;
        for (String id : new ArrayList<>(r.states.keySet())) {
            cancelTask(r, id, reason);
        }
        if (r.idle()) {
            complete(r, status, reason);
        }
    }

    /**
     * The run ends failed after an error ({@link RunGuard}). The store may be what failed, so every write is
     * tried on its own and the run ends in memory (and on the bus) whatever the store does.
     */
    private void failRun(ActiveRun r, String reason) {
        if (r.done.isDone()) {
            return;
        }
        if (r.cancelling) {
            if (r.idle()) {
                complete(r, r.stopStatus, r.cancelReason);
            }
            return;
        }
        r.cancelling = true;
        r.stopStatus = RunStatus.FAILED;
        r.cancelReason = reason;
        for (String id : new ArrayList<>(r.states.keySet())) {
            try {
                cancelTask(r, id, "the run failed: " + reason);
            } catch (RuntimeException e) {
                LOG.warn("run {}: could not record the end of task {}: {}", r.runId, id, RunGuard.describe(e));
            }
        }
        if (r.idle()) {
            complete(r, RunStatus.FAILED, reason);
        }
    }

    private void complete(ActiveRun r, RunStatus status, String reason) {
        if (r.wake != null) {
            r.wake.cancel(false);
        }
        if (r.runTimeout != null) {
            r.runTimeout.cancel(false);
        }
        try {
            finishRun(r.runId, status, reason);
        } catch (RuntimeException e) {
            LOG.error("run {} ended {} but the store could not record it; the node's next start recovers it",
                    r.runId, status.wireName(), e);
            bus.publish(new RunFinished(clock.instant(), r.runId, status, RunSummary.of(
                    r.states.values().stream().map(TaskState::status).toList(), null, clock.instant(), clock.instant()),
                    reason));
        } finally {
            runs.remove(r.runId);
            r.done.complete(status);
        }
    }

    private void finishRun(String runId, RunStatus status, String reason) {
        store.setRunStatus(runId, status, reason);
        bus.publish(new RunFinished(clock.instant(), runId, status, store.summary(runId), reason));
    }

    private void setStatus(String runId, String taskId, TaskStatus from, TaskStatus to, int attempt, Integer exit,
            String reason) {
        store.setTaskStatus(runId, taskId, to, attempt, reason);
        bus.publish(new TaskStatusChanged(clock.instant(), runId, taskId, from, to, attempt, exit, reason));
    }

    /** Stops the loop; sessions still running are killed. */
    @Override
    public void close() {
        for (LiveAttempt a : live.values()) {
            a.session().session().kill();
        }
        loop.shutdownNow();
        io.shutdownNow();
    }
}
