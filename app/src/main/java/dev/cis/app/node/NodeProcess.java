package dev.cis.app.node;

import dev.cis.core.config.CisConfig;
import dev.cis.core.text.Plural;
import dev.cis.core.config.CisHome;
import dev.cis.core.config.ConfigException;
import dev.cis.core.engine.Engine;
import dev.cis.core.engine.EngineException;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.node.socket.NodeServer;
import dev.cis.core.run.LiveAttempt;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node in this process: holds the node lock of its CIS_HOME, owns the engine, serves the control socket
 * and keeps the pid file. {@link #stop()} is graceful: clients are disconnected, running sessions are ended
 * (their attempts count as interrupted when the node next starts), the socket and pid file are removed.
 */
final class NodeProcess {

    /** How long a stop waits for sessions to end (their kill grace is 5 s). */
    static final Duration SESSION_STOP_WAIT = Duration.ofSeconds(8);

    private static final Logger LOG = LoggerFactory.getLogger(NodeProcess.class);

    private final NodeFiles files;
    private final NodeLock lock;
    private final Engine engine;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private NodeServer server;
    private boolean stopped;

    private NodeProcess(NodeFiles files, NodeLock lock, Engine engine) {
        this.files = files;
        this.lock = lock;
        this.engine = engine;
    }

    /** Starts the node of {@code home}: lock, engine, recovery of runs left running, socket (accepting), pid file. */
    static NodeProcess start(CisHome home, String version) throws NodeStartException {
        NodeFiles files = new NodeFiles(home);
        try {
            home.ensureCreated();
        } catch (IOException e) {
            throw new NodeStartException(e.getMessage(), e);
        }
        NodeLock lock = lockOf(files);
        try {
            CisConfig config = loadConfig(home);
            NodeLog.rotateWhileRunning(files.log(), config.logMaxBytes(), config.logKeep());
            Engine engine = Engine.open(home, config, nodeId(config), Clock.systemUTC());
            NodeProcess p = new NodeProcess(files, lock, engine);
            p.serve(version);
            return p;
        } catch (NodeStartException | RuntimeException e) {
            lock.close();
            throw e;
        } catch (EngineException e) {
            lock.close();
            throw new NodeStartException(e.getMessage(), e);
        }
    }

    private static NodeLock lockOf(NodeFiles files) throws NodeStartException {
        try {
            return NodeLock.tryAcquire(files.lockFile()).orElseThrow(() -> new NodeStartException(
                    "a node is already running for " + files.home() + files.readPid().stream()
                            .mapToObj(pid -> " (pid " + pid + ")").findFirst().orElse("")));
        } catch (IOException e) {
            throw new NodeStartException("cannot lock " + files.lockFile() + ": " + e.getMessage(), e);
        }
    }

    private static CisConfig loadConfig(CisHome home) throws NodeStartException {
        try {
            CisConfig config = CisConfig.load(home.configFile());
            config.warnings().forEach(w -> LOG.warn("{}", w.format()));
            return config;
        } catch (ConfigException e) {
            throw new NodeStartException(e.getMessage(), e);
        }
    }

    /** The node id: {@code [node] id} of the config file, else the host name. */
    static String nodeId(CisConfig config) {
        if (config.nodeId().isPresent()) {
            return config.nodeId().get();
        }
        try {
            String host = InetAddress.getLocalHost().getHostName();
            String clean = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
            return clean.isBlank() ? "node" : clean;
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    private void serve(String version) throws NodeStartException {
        LocalNode local = new LocalNode(engine, version, engine.monitor(), stopRequested::countDown);
        List<String> resumed = engine.recoverAndResume();
        try {
            // the socket first: it appears only once it accepts; the pid file then says the node is up
            server = NodeServer.start(local, files.socket(), "cis " + version, NodeServer.DEFAULT_STALL_TIMEOUT);
            files.writePid(ProcessHandle.current().pid());
        } catch (IOException e) {
            if (server != null) {
                server.close();
            }
            engine.close();
            throw new NodeStartException(e.getMessage(), e);
        }
        LOG.info("node {} (cis {}) started: pid {}, home {}, socket {}; resumed runs: {}", engine.nodeId(), version,
                ProcessHandle.current().pid(), files.home(), files.socket(), resumed.isEmpty() ? "none" : resumed);
    }

    /** Waits until a client asks the node to stop. */
    void awaitStopRequest() throws InterruptedException {
        stopRequested.await();
    }

    /** Stops the node; calling it again does nothing. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("node stopping");
        server.close();
        List<CompletableFuture<Integer>> exits = engine.executor().liveAttempts().stream()
                .map(LiveAttempt::session).map(s -> s.session().exitFuture()).toList();
        if (!exits.isEmpty()) {
            LOG.info("ending {}", Plural.of(exits.size(), "running session"));
        }
        engine.executor().close();
        awaitExits(exits);
        engine.close();
        try {
            files.removeSocketAndPid();
        } catch (IOException e) {
            LOG.warn("could not remove the pid file: {}", e.toString());
        }
        lock.close();
        LOG.info("node stopped");
    }

    private static void awaitExits(List<CompletableFuture<Integer>> exits) {
        try {
            CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new))
                    .get(SESSION_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("sessions still running after {} s", SESSION_STOP_WAIT.toSeconds());
        } catch (ExecutionException e) {
            LOG.debug("a session ended with an error: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Optional<NodeServer> server() {
        return Optional.ofNullable(server);
    }
}
