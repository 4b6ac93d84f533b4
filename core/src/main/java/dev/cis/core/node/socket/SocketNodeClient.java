package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.cleanup.RemovedRun;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.Subscription;
import dev.cis.core.node.Attachment;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.NodeInfo;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.node.UnblockResult;
import dev.cis.core.session.SessionListener;
import dev.cis.core.model.ApprovalDecision;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The node API over the node's control socket. Requests travel on a few pooled connections, so calls from
 * several threads run side by side; each subscription and attachment has a connection of its own. Closing the
 * client ends its subscriptions and attachments; the node and its sessions keep running.
 */
public final class SocketNodeClient implements NodeApi {

    /** How long a call may take before the node is considered unavailable (waits asked for come on top). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final int MAX_IDLE = 4;

    private final Path socket;
    private final String software;
    private final Hello node;
    private final ScheduledExecutorService timers;
    private final Deque<ClientConnection> idle = new ConcurrentLinkedDeque<>();
    private final Set<AutoCloseable> streams = ConcurrentHashMap.newKeySet();
    private final AtomicInteger streamCounter = new AtomicInteger();
    private volatile boolean closed;

    private SocketNodeClient(Path socket, String software, ClientConnection first, ScheduledExecutorService timers) {
        this.socket = socket;
        this.software = software;
        this.node = first.node();
        this.timers = timers;
        idle.add(first);
    }

    /**
     * Connects to the node listening on {@code socket}.
     *
     * @param software what this client calls itself in the hello, e.g. {@code cis 0.1.0}
     * @throws NodeException UNAVAILABLE when no node answers there; INVALID when it speaks another major version
     */
    public static SocketNodeClient connect(Path socket, String software) throws NodeException {
        ScheduledExecutorService timers = NamedThreads.scheduled("cis-node-client-timer", 1);
        try {
            return new SocketNodeClient(socket, software, ClientConnection.open(socket, software, timers), timers);
        } catch (NodeException | RuntimeException e) {
            timers.shutdownNow();
            throw e;
        }
    }

    /** What the node said in its hello: its protocol version and software. */
    public Hello node() {
        return node;
    }

    public Path socket() {
        return socket;
    }

    @Override
    public NodeInfo info() throws NodeException {
        return read(call("info", WireJson.object(), DEFAULT_TIMEOUT), NodeInfo.class);
    }

    @Override
    public SubmitResult submit(Path file, String text, boolean start, Map<String, String> env) throws NodeException {
        ObjectNode p = WireJson.object().put("file", file.toAbsolutePath().toString()).put("text", text)
                .put("start", start);
        if (env != null) {
            ObjectNode e = p.putObject("env");
            env.forEach(e::put);
        }
        return read(call("submit", p, DEFAULT_TIMEOUT), SubmitResult.class);
    }

    @Override
    public void start(String runId) throws NodeException {
        call("start", WireJson.object().put("run_id", runId), DEFAULT_TIMEOUT);
    }

    @Override
    public void approve(String runId, String taskId, ApprovalDecision decision, String by) throws NodeException {
        call("approve", WireJson.object().put("run_id", runId).put("task_id", taskId)
                .put("decision", decision.wireName()).put("by", by), DEFAULT_TIMEOUT);
    }

    @Override
    public void cancel(String runId, String reason) throws NodeException {
        call("cancel", WireJson.object().put("run_id", runId).put("reason", reason), DEFAULT_TIMEOUT);
    }

    @Override
    public List<String> retry(String runId, String taskId, boolean downstream) throws NodeException {
        JsonNode r = call("retry", WireJson.object().put("run_id", runId).put("task_id", taskId)
                .put("downstream", downstream), DEFAULT_TIMEOUT);
        return Arrays.asList(read(r, String[].class));
    }

    @Override
    public List<RemovedRun> remove(List<String> runIds) throws NodeException {
        ObjectNode p = WireJson.object();
        runIds.forEach(p.putArray("run_ids")::add);
        return List.of(read(call("remove", p, DEFAULT_TIMEOUT), RemovedRun[].class));
    }

    @Override
    public List<SessionInfo> sessions(String runId) throws NodeException {
        JsonNode r = call("sessions", WireJson.object().put("run_id", runId), DEFAULT_TIMEOUT);
        return List.of(read(r, SessionInfo[].class));
    }

    @Override
    public void kill(String sessionId) throws NodeException {
        call("kill", WireJson.object().put("session_id", sessionId), DEFAULT_TIMEOUT);
    }

    @Override
    public UnblockResult unblock(String sessionId, String input, long waitMillis) throws NodeException {
        ObjectNode p = WireJson.object().put("session_id", sessionId).put("input", input)
                .put("wait_millis", waitMillis);
        return read(call("unblock", p, DEFAULT_TIMEOUT.plusMillis(Math.max(0, waitMillis))), UnblockResult.class);
    }

    @Override
    public Subscription subscribe(Consumer<CisEvent> consumer) throws NodeException {
        ClientConnection c = openStream("subscribe", WireJson.object());
        SocketSubscription[] self = new SocketSubscription[1];
        self[0] = new SocketSubscription("s" + streamCounter.incrementAndGet(), c, consumer,
                () -> streams.remove(self[0]));
        streams.add(self[0]);
        self[0].start();
        return self[0];
    }

    @Override
    public Attachment attach(String sessionId, boolean replay, SessionListener listener) throws NodeException {
        ClientConnection c = openStream("attach", WireJson.object().put("session_id", sessionId)
                .put("replay", replay));
        SocketAttachment[] self = new SocketAttachment[1];
        self[0] = new SocketAttachment(sessionId, c, listener, () -> streams.remove(self[0]));
        streams.add(self[0]);
        self[0].start();
        return self[0];
    }

    @Override
    public void shutdown() throws NodeException {
        call("shutdown", WireJson.object(), DEFAULT_TIMEOUT);
    }

    /** Closes this client's connections, subscriptions and attachments. */
    @Override
    public void close() {
        closed = true;
        ClientConnection c;
        while ((c = idle.poll()) != null) {
            c.close();
        }
        for (AutoCloseable s : List.copyOf(streams)) {
            try {
                s.close();
            } catch (Exception e) {
                // closing a stream only closes its socket, which cannot fail in a way that matters here
            }
        }
        timers.shutdownNow();
    }

    private ClientConnection openStream(String method, ObjectNode params) throws NodeException {
        ensureOpen();
        ClientConnection c = ClientConnection.open(socket, software, timers);
        try {
            c.call(method, params, DEFAULT_TIMEOUT);
            return c;
        } catch (ConnectionLost e) {
            throw e.toNodeException();
        } catch (NodeException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private JsonNode call(String method, ObjectNode params, Duration timeout) throws NodeException {
        ensureOpen();
        ClientConnection pooled = idle.poll();
        ClientConnection c = pooled != null && pooled.isOpen() ? pooled : ClientConnection.open(socket, software,
                timers);
        try {
            JsonNode result = c.call(method, params, timeout);
            release(c);
            return result;
        } catch (ConnectionLost e) {
            if (c != pooled || e.requestSent()) {
                throw e.toNodeException();
            }
            return retryOnNewConnection(method, params, timeout);
        } catch (NodeException e) {
            release(c);
            throw e;
        }
    }

    /** A pooled connection may have been closed by a node that restarted since: one try on a new one. */
    private JsonNode retryOnNewConnection(String method, ObjectNode params, Duration timeout) throws NodeException {
        ClientConnection c = ClientConnection.open(socket, software, timers);
        try {
            JsonNode result = c.call(method, params, timeout);
            release(c);
            return result;
        } catch (ConnectionLost e) {
            throw e.toNodeException();
        } catch (NodeException e) {
            release(c);
            throw e;
        }
    }

    /** Keeps a connection for the next call, unless enough are kept or the client is closed. */
    private void release(ClientConnection c) {
        if (closed || !c.isOpen() || idle.size() >= MAX_IDLE) {
            c.close();
            return;
        }
        idle.add(c);
        if (closed && idle.remove(c)) {
            c.close();
        }
    }

    private void ensureOpen() throws NodeException {
        if (closed) {
            throw new NodeException(NodeException.Kind.UNAVAILABLE, "this node client is closed");
        }
    }

    private static <T> T read(JsonNode tree, Class<T> type) throws NodeException {
        try {
            return WireJson.fromTree(tree, type);
        } catch (ProtocolException e) {
            throw new NodeException(NodeException.Kind.FAILED, "unreadable answer from the node: " + e.getMessage(),
                    e);
        }
    }
}
