package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.agent.AgentExit;
import dev.cis.core.agent.AgentLaunchException;
import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.agent.AgentSession;
import dev.cis.core.agent.LaunchRequest;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.SessionCompleted;
import dev.cis.core.event.SessionCreated;
import dev.cis.core.event.SessionFailed;
import dev.cis.core.event.SessionKilled;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.store.AttemptEnd;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.store.NewAttempt;
import dev.cis.core.store.RunStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one attempt: prepare its files, start its session (on an io thread), watch its timeout,
 * read its output when it ends and record how it ended (completed, failed and maybe retried, cancelled).
 * Runs on the executor's loop thread, like the {@link RunExecutor} it belongs to.
 */
final class AttemptRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptRunner.class);
    /** Output kept in the store per attempt; the recording keeps everything. */
    static final int OUTPUT_MAX_CHARS = 1024 * 1024;

    private final RunStore store;
    private final EventBus bus;
    private final AgentProfiles profiles;
    private final AgentLauncher launcher;
    private final AttemptSetup setup;
    private final String nodeId;
    private final Clock clock;
    private final ScheduledExecutorService loop;
    private final ExecutorService io;
    private final Map<String, LiveAttempt> live;
    private final List<Consumer<LiveAttempt>> sessionObservers;
    private final Consumer<ActiveRun> afterChange;

    AttemptRunner(RunStore store, EventBus bus, AgentProfiles profiles, AgentLauncher launcher, AttemptSetup setup,
            String nodeId, Clock clock, ScheduledExecutorService loop, ExecutorService io,
            Map<String, LiveAttempt> live, List<Consumer<LiveAttempt>> sessionObservers,
            Consumer<ActiveRun> afterChange) {
        this.store = store;
        this.bus = bus;
        this.profiles = profiles;
        this.launcher = launcher;
        this.setup = setup;
        this.nodeId = nodeId;
        this.clock = clock;
        this.loop = loop;
        this.io = io;
        this.live = live;
        this.sessionObservers = sessionObservers;
        this.afterChange = afterChange;
    }

    /** Starts the next attempt of a task; false when it could not start (the task failed at once). */
    boolean start(ActiveRun r, String taskId) {
        TaskSpec t = r.spec(taskId);
        TaskState s = r.state(taskId);
        AttemptKey key = new AttemptKey(r.runId, taskId, s.attempt() + 1);
        Instant now = clock.instant();
        AttemptSetup.Prepared prep;
        try {
            prep = setup.prepare(r.dag, t, key, r.states);
        } catch (IOException e) {
            return failAtStart(r, t, key, s, "could not prepare the attempt's files: " + e.getMessage(), null);
        }
        store.beginAttempt(new NewAttempt(key, nodeId, prep.prompt(), prep.recording().toString()));
        r.put(taskId, new TaskState(TaskStatus.RUNNING, key.attempt(), s.approval(), null, null));
        bus.publish(new TaskStatusChanged(now, r.runId, taskId, s.status(), TaskStatus.RUNNING, key.attempt(), null,
                null));
        Optional<AgentProfile> profile = profiles.find(t.agent());
        if (profile.isEmpty()) {
            return failAtStart(r, t, key, s, "unknown agent profile '" + t.agent() + "' (known: "
                    + String.join(", ", profiles.names()) + ")", prep.prompt());
        }
        if (!java.nio.file.Files.isDirectory(t.workDir())) {
            return failAtStart(r, t, key, s, "work_dir " + t.workDir() + " does not exist; create it or fix work_dir",
                    prep.prompt());
        }
        LaunchRequest request = new LaunchRequest(key.sessionId(), profile.get(), prep.prompt(), t.workDir(),
                prep.env(), 120, 40, prep.recording(), null);
        r.launching++;
        io.execute(() -> {
            AgentSession session = null;
            String error = null;
            try {
                session = launcher.launch(request);
            } catch (AgentLaunchException e) {
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = "could not start the session: " + e;
            }
            AgentSession started = session;
            String failure = error;
            loop.execute(() -> launched(r, t, key, s, started, failure, prep.prompt()));
        });
        return true;
    }

    /** On the loop, once the session of an attempt started (or could not start) on an io thread. */
    private void launched(ActiveRun r, TaskSpec t, AttemptKey key, TaskState before, AgentSession session,
            String error, String prompt) {
        r.launching--;
        boolean cancelled = r.cancelling || r.state(t.id()).status() == TaskStatus.CANCELLED;
        if (error != null) {
            if (cancelled) {
                store.endAttempt(key, AttemptEnd.cancelled(null, 0, r.cancelReason), null);
            } else {
                failAtStart(r, t, key, before, error, prompt);
            }
            afterChange.accept(r);
            return;
        }
        Instant now = clock.instant();
        LiveAttempt a = new LiveAttempt(key, t, session, now);
        r.live.put(key.sessionId(), a);
        live.put(key.sessionId(), a);
        store.setAttemptPid(key, session.session().pid());
        bus.publish(new SessionCreated(now, key.sessionId(), r.runId, t.id(), key.attempt(), t.agent(),
                session.session().pid()));
        session.exit().whenCompleteAsync((exit, err) -> collect(r, a, exit, err), io);
        if (cancelled) {
            a.cancelled = true;
            a.endReason = r.cancelReason == null ? "cancelled" : r.cancelReason;
            session.session().kill();
            return;
        }
        a.timeout = loop.schedule(() -> timeOut(a), t.timeoutSecs(), TimeUnit.SECONDS);
        for (var observer : sessionObservers) {
            try {
                observer.accept(a);
            } catch (RuntimeException e) {
                LOG.warn("session observer failed for {}", key, e);
            }
        }
    }

    private boolean failAtStart(ActiveRun r, TaskSpec t, AttemptKey key, TaskState before, String reason,
            String prompt) {
        if (prompt == null) {
            store.beginAttempt(new NewAttempt(key, nodeId, null, null));
        }
        store.endAttempt(key, AttemptEnd.failed(null, reason, 0, reason), TaskStatus.FAILED);
        r.put(t.id(), new TaskState(TaskStatus.FAILED, key.attempt(), before.approval(), null, null));
        bus.publish(new SessionFailed(clock.instant(), key.sessionId(), reason));
        bus.publish(new TaskStatusChanged(clock.instant(), r.runId, t.id(), TaskStatus.RUNNING, TaskStatus.FAILED,
                key.attempt(), null, reason));
        LOG.info("task {} of run {} failed to start: {}", t.id(), r.runId, reason);
        return false;
    }

    private void timeOut(LiveAttempt a) {
        if (live.containsKey(a.key().sessionId())) {
            a.endReason = "timed out after " + a.task().timeoutSecs() + " s (timeout_secs)";
            bus.publish(new SessionKilled(clock.instant(), a.key().sessionId(), a.endReason));
            a.session().session().kill();
        }
    }

    /** On an io thread: reads the attempt's output, then records the end on the loop. */
    private void collect(ActiveRun r, LiveAttempt a, AgentExit exit, Throwable err) {
        String output;
        try {
            output = a.session().output(OUTPUT_MAX_CHARS);
        } catch (IOException | RuntimeException e) {
            output = "";
            LOG.warn("could not read the output of {}", a.key(), e);
        }
        String text = output;
        loop.execute(() -> ended(r, a, exit, err, text));
    }

    private void ended(ActiveRun r, LiveAttempt a, AgentExit exit, Throwable err, String output) {
        r.live.remove(a.key().sessionId());
        live.remove(a.key().sessionId());
        if (a.timeout != null) {
            a.timeout.cancel(false);
        }
        String taskId = a.task().id();
        int attempt = a.key().attempt();
        Integer code = exit == null ? null : exit.exitCode();
        long bytes = a.session().session().bytesOut();
        TaskState s = r.state(taskId);
        Instant now = clock.instant();
        if (a.cancelled) {
            store.endAttempt(a.key(), AttemptEnd.cancelled(output, bytes, a.endReason), null);
            bus.publish(new SessionFailed(now, a.key().sessionId(), a.endReason));
        } else if (err == null && exit.succeeded() && a.endReason == null) {
            store.endAttempt(a.key(), AttemptEnd.completed(exit.exitCode(), output, bytes), TaskStatus.COMPLETED);
            r.put(taskId, s.withStatus(TaskStatus.COMPLETED));
            bus.publish(new SessionCompleted(now, a.key().sessionId(), exit.exitCode()));
            bus.publish(new TaskStatusChanged(now, r.runId, taskId, s.status(), TaskStatus.COMPLETED, attempt, code,
                    null));
        } else {
            String reason = a.endReason != null ? a.endReason
                    : err != null ? "the session failed: " + err.getMessage() : "exited with code " + code;
            boolean retry = r.attemptsUsed(taskId) < a.task().maxAttempts() && !r.cancelling;
            TaskStatus next = retry ? TaskStatus.RETRYING : TaskStatus.FAILED;
            store.endAttempt(a.key(), AttemptEnd.failed(code, output, bytes, reason), next);
            Instant notBefore = retry ? now.plusMillis((long) (a.task().backoffSecs(r.attemptsUsed(taskId)) * 1000))
                    : null;
            r.put(taskId, new TaskState(next, attempt, s.approval(), notBefore, null));
            bus.publish(new SessionFailed(now, a.key().sessionId(), reason));
            bus.publish(new TaskStatusChanged(now, r.runId, taskId, s.status(), next, attempt, code,
                    retry ? reason + "; retry " + (r.attemptsUsed(taskId)) + " of " + a.task().retry() : reason));
        }
        afterChange.accept(r);
    }
}
