package dev.cis.core.node.socket;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link NodeApi} on a Unix domain socket whose file only its owner may use (mode 0600). Each client
 * connection has its own thread. A watchdog disconnects clients that send no hello in time and stream clients
 * that stopped reading, so that no session or event delivery waits on them for long.
 */
public final class NodeServer implements AutoCloseable {

    /** How long a stream write may wait for a client that does not read before the client is disconnected. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(15);
    /** How long a new connection may take to say hello. */
    public static final Duration HELLO_TIMEOUT = Duration.ofSeconds(10);
    /** Connections served at once; more are refused with an error. */
    public static final int MAX_CONNECTIONS = 256;
    /**
     * The longest socket path the node can use: the 107 bytes the OS accepts (sun_path, less its terminating zero)
     * less the one character of the name it is bound under before it is renamed into place.
     */
    public static final int MAX_SOCKET_PATH_BYTES = 106;

    private static final Logger LOG = LoggerFactory.getLogger(NodeServer.class);
    /** Pause after a failed accept (e.g. out of file descriptors), so the log is not flooded. */
    private static final long ACCEPT_BACKOFF_NANOS = 100_000_000;

    private final NodeApi api;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Hello hello;
    private final Duration stallTimeout;
    private final Duration helloTimeout;
    private final Map<Integer, ServerConnection> connections = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ExecutorService workers = NamedThreads.cached("cis-node-client");
    private final ScheduledExecutorService watchdog = NamedThreads.scheduled("cis-node-watchdog", 1);

    private NodeServer(NodeApi api, Path socket, ServerSocketChannel server, Hello hello, Duration stallTimeout,
            Duration helloTimeout) {
        this.api = api;
        this.socket = socket;
        this.server = server;
        this.hello = hello;
        this.stallTimeout = stallTimeout;
        this.helloTimeout = helloTimeout;
    }

    /**
     * Binds {@code socket} and starts serving. A socket file left by a node that is gone is replaced.
     *
     * @param software     what the node calls itself in the hello, e.g. {@code cis 0.1.0}
     * @param stallTimeout how long a client may leave a stream unread before it is disconnected
     * @throws IOException when the socket cannot be bound (the message says why), or another node answers there
     */
    public static NodeServer start(NodeApi api, Path socket, String software, Duration stallTimeout)
            throws IOException {
        return start(api, socket, software, stallTimeout, HELLO_TIMEOUT);
    }

    /** As {@link #start(NodeApi, Path, String, Duration)}, with the time a new connection has to say hello. */
    public static NodeServer start(NodeApi api, Path socket, String software, Duration stallTimeout,
            Duration helloTimeout) throws IOException {
        int pathBytes = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (pathBytes > MAX_SOCKET_PATH_BYTES) {
            throw new IOException("the socket path " + socket + " is " + pathBytes + " bytes long, more than the "
                    + MAX_SOCKET_PATH_BYTES + " a node socket allows; set CIS_HOME to a shorter folder");
        }
        removeStale(socket);
        ServerSocketChannel server = listen(socket);
        NodeServer s = new NodeServer(api, socket, server, Hello.ours(software), stallTimeout, helloTimeout);
        s.begin();
        LOG.info("serving on {}", socket);
        return s;
    }

    /**
     * Binds and listens on a file beside {@code socket}, then renames it to {@code socket}: the socket file appears
     * only once connections to it are accepted, so a client that sees the file never gets "connection refused"
     * from a node that is still starting (a bind creates the file before the listen).
     */
    private static ServerSocketChannel listen(Path socket) throws IOException {
        Path bound = socket.resolveSibling(socket.getFileName() + "~");
        Files.deleteIfExists(bound);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(bound));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(bound, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(bound, socket, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return server;
        } catch (IOException e) {
            server.close();
            Files.deleteIfExists(bound);
            throw new IOException("cannot listen on " + socket + ": " + e.getMessage(), e);
        }
    }

    private static void removeStale(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            return;
        }
        boolean answers;
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            answers = probe.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            answers = false;
        }
        if (answers) {
            throw new IOException("another node already serves " + socket + "; stop it with 'cis node stop'");
        }
        LOG.info("removing the socket file of a node that is gone: {}", socket);
        Files.deleteIfExists(socket);
    }

    private void begin() {
        NamedThreads.start("cis-node-accept", this::acceptLoop);
        long period = Math.max(50, Math.min(500, Math.min(stallTimeout.toMillis(), helloTimeout.toMillis()) / 4));
        watchdog.scheduleWithFixedDelay(this::checkConnections, period, period, TimeUnit.MILLISECONDS);
    }

    public Path socket() {
        return socket;
    }

    /** Clients connected now. */
    public int connectionCount() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!closed.get()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.warn("accepting a client failed: {}", e.toString());
                LockSupport.parkNanos(ACCEPT_BACKOFF_NANOS);
                continue;
            }
            serve(client);
        }
    }

    private void serve(SocketChannel client) {
        FrameChannel channel = new FrameChannel(client, Protocol.MAX_CLIENT_FRAME);
        if (connections.size() >= MAX_CONNECTIONS) {
            LOG.warn("refusing a client: {} connections already", MAX_CONNECTIONS);
            refuse(channel, "the node serves " + MAX_CONNECTIONS + " connections already; close some clients");
            return;
        }
        int n = counter.incrementAndGet();
        ServerConnection c = new ServerConnection(n, channel, api, hello, () -> connections.remove(n));
        connections.put(n, c);
        try {
            workers.execute(c);
        } catch (RejectedExecutionException e) {
            connections.remove(n);
            channel.close();
        }
    }

    private static void refuse(FrameChannel channel, String message) {
        try {
            channel.write(FrameKind.ERROR, WireErrors.toJson(null, NodeException.Kind.UNAVAILABLE, message));
        } catch (IOException e) {
            LOG.debug("could not tell a refused client why: {}", e.toString());
        } finally {
            channel.close();
        }
    }

    private void checkConnections() {
        long now = System.nanoTime();
        for (var e : connections.entrySet()) {
            String why = e.getValue().overdue(now, helloTimeout.toNanos(), stallTimeout.toNanos());
            if (why != null) {
                LOG.warn("client {} {}; disconnected", e.getKey(), why);
                e.getValue().disconnect();
            }
        }
    }

    /** Stops accepting, disconnects every client and removes the socket file. The node's sessions are untouched. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the server socket: {}", e.toString());
        }
        connections.values().forEach(ServerConnection::disconnect);
        watchdog.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("client threads still busy after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", socket, e.toString());
        }
        LOG.info("stopped serving on {}", socket);
    }
}
