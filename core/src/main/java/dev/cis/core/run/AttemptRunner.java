package dev.cis.core.run;

import dev.cis.core.agent.AgentExit;
import dev.cis.core.agent.AgentLaunchException;
import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.agent.AgentSession;
import dev.cis.core.agent.LaunchRequest;
import dev.cis.core.dag.TaskSpec;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.SessionCreated;
import dev.cis.core.event.SessionKilled;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.AttemptEnd;
import dev.cis.core.store.NewAttempt;
import dev.cis.core.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
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
 * The life of one attempt: prepare its files, start its session (on an io thread), watch its timeout, read
 * its output when it ends and hand the end to {@link AttemptEnds}. Runs on the executor's loop thread, like
 * the {@link RunExecutor} it belongs to; every step goes through the {@link RunGuard}, so a failure ends the
 * attempt (or the run) instead of leaving it running.
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
    private final AttemptEnds ends;
    private final RunGuard guard;
    private final String nodeId;
    private final Clock clock;
    private final ScheduledExecutorService loop;
    private final ExecutorService io;
    private final Map<String, LiveAttempt> live;
    private final List<Consumer<LiveAttempt>> sessionObservers;
    private final Consumer<ActiveRun> afterChange;

    AttemptRunner(RunStore store, EventBus bus, AgentProfiles profiles, AgentLauncher launcher, AttemptSetup setup,
            RunGuard guard, String nodeId, Clock clock, ScheduledExecutorService loop, ExecutorService io,
            Map<String, LiveAttempt> live, List<Consumer<LiveAttempt>> sessionObservers,
            Consumer<ActiveRun> afterChange) {
        this.store = store;
        this.bus = bus;
        this.profiles = profiles;
        this.launcher = launcher;
        this.setup = setup;
        this.ends = new AttemptEnds(store, bus, clock, nodeId);
        this.guard = guard;
        this.nodeId = nodeId;
        this.clock = clock;
        this.loop = loop;
        this.io = io;
        this.live = live;
        this.sessionObservers = sessionObservers;
        this.afterChange = afterChange;
    }

    /** Starts the next attempt of a task; false when it could not start (the attempt failed at once). */
    boolean start(ActiveRun r, String taskId) {
        TaskSpec t = r.spec(taskId);
        TaskState before = r.state(taskId);
        AttemptKey key = new AttemptKey(r.runId, taskId, before.attempt() + 1);
        boolean[] started = {false};
        boolean[] begun = {false};
        guard.attempt(r, key, "starting the attempt",
                () -> started[0] = startUnguarded(r, t, key, before, begun),
                reason -> ends.failedInternally(r, t, key, before, reason, begun[0]));
        return started[0];
    }

    private boolean startUnguarded(ActiveRun r, TaskSpec t, AttemptKey key, TaskState before, boolean[] begun) {
        AttemptSetup.Prepared prep;
        try {
            prep = setup.prepare(r.dag, t, key, r.states);
        } catch (IOException e) {
            ends.failedAtStart(r, t, key, before, "could not prepare the attempt's files: " + e.getMessage(), false);
            return false;
        }
        store.beginAttempt(new NewAttempt(key, nodeId, prep.prompt(), prep.recording().toString()));
        begun[0] = true;
        r.put(t.id(), before.atAttempt(TaskStatus.RUNNING, key.attempt(), null));
        bus.publish(new TaskStatusChanged(clock.instant(), r.runId, t.id(), before.status(), TaskStatus.RUNNING,
                key.attempt(), null, null));
        Optional<AgentProfile> profile = profiles.find(t.agent());
        if (profile.isEmpty()) {
            ends.failedAtStart(r, t, key, before, "unknown agent profile '" + t.agent() + "' (known: "
                    + String.join(", ", profiles.names()) + ")", true);
            return false;
        }
        if (!Files.isDirectory(t.workDir())) {
            ends.failedAtStart(r, t, key, before, "work_dir " + t.workDir()
                    + " does not exist; create it or fix work_dir", true);
            return false;
        }
        LaunchRequest request = new LaunchRequest(key.sessionId(), profile.get(), prep.prompt(), t.workDir(),
                prep.env(), 120, 40, prep.recording(), null);
        r.launching++;
        io.execute(() -> launch(r, t, key, before, request));
        return true;
    }

    /** On an io thread: starts the session, then goes back to the loop. */
    private void launch(ActiveRun r, TaskSpec t, AttemptKey key, TaskState before, LaunchRequest request) {
        AgentSession session = null;
        String error = null;
        try {
            session = launcher.launch(request);
        } catch (AgentLaunchException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            error = "could not start the session: " + RunGuard.describe(e);
        }
        AgentSession started = session;
        String failure = error;
        loop.execute(() -> {
            r.launching--;
            guard.attempt(r, key, "recording the start of the session",
                    () -> launched(r, t, key, before, started, failure),
                    reason -> {
                        if (started != null) {
                            started.session().kill();
                        }
                        ends.failedInternally(r, t, key, before, reason, true);
                    });
            if (!r.live.containsKey(key.sessionId())) {
                afterChange.accept(r);
            }
        });
    }

    /** On the loop, once the session of an attempt started (or could not start) on an io thread. */
    private void launched(ActiveRun r, TaskSpec t, AttemptKey key, TaskState before, AgentSession session,
            String error) {
        boolean cancelled = r.cancelling || r.state(t.id()).status() == TaskStatus.CANCELLED;
        if (error != null) {
            if (cancelled) {
                store.endAttempt(key, AttemptEnd.cancelled(null, 0, r.cancelReason), null);
            } else {
                ends.failedAtStart(r, t, key, before, error, true);
            }
            return;
        }
        store.setAttemptPid(key, session.session().pid());
        Instant now = clock.instant();
        LiveAttempt a = new LiveAttempt(key, t, session, now);
        r.live.put(key.sessionId(), a);
        live.put(key.sessionId(), a);
        session.exit().whenCompleteAsync((exit, err) -> collect(r, a, exit, err), io);
        bus.publish(new SessionCreated(now, key.sessionId(), r.runId, t.id(), key.attempt(), t.agent(),
                session.session().pid()));
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

    private void timeOut(LiveAttempt a) {
        if (live.containsKey(a.key().sessionId())) {
            a.timedOut = true;
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
        loop.execute(() -> {
            r.live.remove(a.key().sessionId());
            live.remove(a.key().sessionId());
            if (a.timeout != null) {
                a.timeout.cancel(false);
            }
            guard.attempt(r, a.key(), "recording the end of the session", () -> ends.ended(r, a, exit, err, text),
                    reason -> ends.failed(r, a.key(), a.task(), null, text, 0, reason, false));
            afterChange.accept(r);
        });
    }
}
