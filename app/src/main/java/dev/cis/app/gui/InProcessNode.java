package dev.cis.app.gui;

import dev.cis.app.version.VersionProvider;
import dev.cis.core.cleanup.RemovedRun;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.config.ConfigException;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.Subscription;
import dev.cis.core.node.Attachment;
import dev.cis.core.engine.Engine;
import dev.cis.core.engine.EngineException;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.NodeInfo;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.node.UnblockResult;
import dev.cis.core.session.SessionListener;
import dev.cis.core.model.ApprovalDecision;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A node that lives in this process: an {@link Engine} on a cis home with the node API on it. Its sessions end
 * when it is closed (with the window); the node process keeps them beyond that.
 */
public final class InProcessNode implements NodeApi {

    private final Engine engine;
    private final LocalNode node;

    private InProcessNode(Engine engine, LocalNode node) {
        this.engine = engine;
        this.node = node;
    }

    /**
     * Opens the engine on {@code home} (config from its {@code config.toml}) and resumes the runs a previous node
     * left unfinished.
     */
    public static InProcessNode open(CisHome home) throws NodeException {
        CisConfig config;
        try {
            config = CisConfig.load(home.configFile());
        } catch (ConfigException e) {
            throw new NodeException(NodeException.Kind.INVALID, e.getMessage(), e);
        }
        Engine engine;
        try {
            engine = Engine.open(home, config, nodeId(), Clock.systemUTC());
        } catch (EngineException e) {
            throw new NodeException(NodeException.Kind.UNAVAILABLE, e.getMessage(), e);
        }
        engine.recoverAndResume();
        return new InProcessNode(engine, new LocalNode(engine, VersionProvider.version(), engine.monitor(),
                () -> { }));
    }

    /**
     * The id of a node in a window: its own, so that its recovery (which ends the unfinished attempts of its id and
     * resumes its runs) never touches the runs of a node process on the same cis home.
     */
    private static String nodeId() {
        String host = System.getenv("HOSTNAME");
        return "gui-" + (host == null || host.isBlank() ? "local" : host.strip());
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public NodeInfo info() {
        return node.info();
    }

    @Override
    public SubmitResult submit(Path file, String text, boolean start, Map<String, String> env) {
        return node.submit(file, text, start, env);
    }

    @Override
    public void start(String runId) throws NodeException {
        node.start(runId);
    }

    @Override
    public void approve(String runId, String taskId, ApprovalDecision decision, String by) throws NodeException {
        node.approve(runId, taskId, decision, by);
    }

    @Override
    public void cancel(String runId, String reason) throws NodeException {
        node.cancel(runId, reason);
    }

    @Override
    public List<RemovedRun> remove(List<String> runIds) throws NodeException {
        return node.remove(runIds);
    }

    @Override
    public List<String> retry(String runId, String taskId, boolean downstream) throws NodeException {
        return node.retry(runId, taskId, downstream);
    }

    @Override
    public List<SessionInfo> sessions(String runId) {
        return node.sessions(runId);
    }

    @Override
    public void kill(String sessionId) throws NodeException {
        node.kill(sessionId);
    }

    @Override
    public UnblockResult unblock(String sessionId, String input, long waitMillis) throws NodeException {
        return node.unblock(sessionId, input, waitMillis);
    }

    @Override
    public Subscription subscribe(Consumer<CisEvent> consumer) {
        return node.subscribe(consumer);
    }

    @Override
    public Attachment attach(String sessionId, boolean replay, SessionListener listener) throws NodeException {
        return node.attach(sessionId, replay, listener);
    }

    @Override
    public void shutdown() {
        engine.close();
    }

    /** Closes the engine: its sessions are stopped and its state is saved. */
    @Override
    public void close() {
        engine.close();
    }
}
