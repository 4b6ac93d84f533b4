package dev.cis.core.agent;

import dev.cis.core.session.PtySession;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionSpec;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts agent sessions: builds the command line and environment from the profile (the base environment
 * without cis's and the JVM's own variables ({@link TaskEnvironment}), {@code TERM=xterm-256color}, the
 * profile's env, then the request's env), finds the executable on that environment's PATH, starts it in a
 * pseudo-terminal and delivers the prompt as the profile says.
 */
public final class AgentLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(AgentLauncher.class);

    private final Function<String, Map<String, String>> baseEnvOfSession;
    private final boolean recordInput;

    /** Sessions inherit the environment of this process (without cis's and the JVM's variables). */
    public AgentLauncher() {
        this(System.getenv());
    }

    /** Sessions start from {@code baseEnv} instead of this process's environment. */
    public AgentLauncher(Map<String, String> baseEnv) {
        this(fixed(baseEnv), true);
    }

    /**
     * @param baseEnvOfSession the environment a session starts from, by session id (for a run's attempt:
     *                         the environment of the client that submitted the run)
     * @param recordInput      whether recordings keep the input sent to sessions
     */
    public AgentLauncher(Function<String, Map<String, String>> baseEnvOfSession, boolean recordInput) {
        this.baseEnvOfSession = baseEnvOfSession;
        this.recordInput = recordInput;
    }

    private static Function<String, Map<String, String>> fixed(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        return id -> copy;
    }

    /**
     * Starts the session.
     *
     * @throws ExecutableNotFoundException when the profile's program is not on PATH (the message names
     *                                     the profile and the folders searched)
     * @throws AgentLaunchException        when the prompt cannot be handed over or the program cannot start
     */
    public AgentSession launch(LaunchRequest request) throws AgentLaunchException {
        AgentProfile profile = request.profile();
        LaunchPlan plan = LaunchPlan.of(request, baseEnvOfSession.apply(request.sessionId()));
        SessionSpec spec = SessionSpec.builder(plan.command())
                .id(request.sessionId())
                .env(plan.env())
                .workDir(request.workDir())
                .size(request.cols(), request.rows())
                .recordingPath(request.recordingPath())
                .recordInput(recordInput)
                .killGrace(request.killGrace())
                .build();
        Session session;
        try {
            session = PtySession.start(spec);
        } catch (IOException e) {
            LaunchPlan.deleteAll(plan.tempFiles());
            throw new AgentLaunchException("agent \"" + profile.name() + "\": " + e.getMessage(), e);
        }
        LOG.info("session {} started agent {} (pid {})", session.id(), profile.name(), session.pid());
        CompletableFuture<Void> delivered = new CompletableFuture<>();
        ScreenWatcher watcher = null;
        if (needsWatcher(profile)) {
            watcher = new ScreenWatcher(session, profile, request.prompt(), delivered);
            session.addListener(watcher, true);
        }
        if (profile.promptDelivery() != PromptDelivery.TYPED) {
            delivered.complete(null);
        }
        return new AgentSession(session, profile, plan, delivered, watcher);
    }

    private static boolean needsWatcher(AgentProfile profile) {
        return profile.promptDelivery() == PromptDelivery.TYPED || profile.finishedPattern() != null;
    }
}
