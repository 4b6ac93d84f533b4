package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.node.NodeException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One greeted connection from a client to the node. Calls on it are sequential; every wait is bounded by a
 * timer that closes the connection when the node does not answer in time.
 */
final class ClientConnection implements AutoCloseable {

    static final Duration HELLO_TIMEOUT = Duration.ofSeconds(10);

    private final FrameChannel channel;
    private final ScheduledExecutorService timers;
    private Hello node;
    private long nextId = 1;

    private ClientConnection(FrameChannel channel, ScheduledExecutorService timers) {
        this.channel = channel;
        this.timers = timers;
    }

    /**
     * Connects to the node's socket and exchanges hellos.
     *
     * @throws NodeException UNAVAILABLE when nothing listens there, INVALID when the node speaks another major
     *                       version of the protocol
     */
    static ClientConnection open(Path socket, String software, ScheduledExecutorService timers)
            throws NodeException {
        SocketChannel sc;
        try {
            sc = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException e) {
            throw new NodeException(NodeException.Kind.UNAVAILABLE, "cannot open a socket: " + e.getMessage(), e);
        }
        try {
            sc.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            closeQuietly(sc);
            throw new NodeException(NodeException.Kind.UNAVAILABLE, "no node answers on " + socket + " ("
                    + e.getMessage() + ")", e);
        }
        ClientConnection c = new ClientConnection(new FrameChannel(sc, Protocol.MAX_NODE_FRAME), timers);
        try {
            c.greet(software);
        } catch (NodeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void greet(String software) throws NodeException {
        Frame reply = bounded("hello", HELLO_TIMEOUT, () -> {
            channel.write(FrameKind.HELLO, Hello.ours(software).toJson());
            return channel.read();
        });
        if (reply.kind() == FrameKind.ERROR) {
            throw WireErrors.fromJson(reply.text());
        }
        try {
            if (reply.kind() != FrameKind.HELLO) {
                throw new ProtocolException("the node answered the hello with " + reply.kind());
            }
            node = Hello.fromJson(reply.text());
        } catch (ProtocolException e) {
            throw new NodeException(NodeException.Kind.FAILED, "the node's hello is unreadable: " + e.getMessage(), e);
        }
        if (node.major() != Protocol.MAJOR) {
            throw new NodeException(NodeException.Kind.INVALID, Protocol.mismatch(node.major(), Protocol.MAJOR));
        }
    }

    Hello node() {
        return node;
    }

    FrameChannel channel() {
        return channel;
    }

    /** Sends a request and waits for its answer. */
    JsonNode call(String method, JsonNode params, Duration timeout) throws NodeException, ConnectionLost {
        long id = nextId++;
        ObjectNode request = WireJson.object().put("id", id).put("method", method);
        request.set("params", params);
        byte[] bytes = WireJson.write(request).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Protocol.MAX_CLIENT_FRAME) {
            throw new NodeException(NodeException.Kind.INVALID, method + " request of " + bytes.length
                    + " bytes is larger than the " + Protocol.MAX_CLIENT_FRAME + " bytes the node accepts");
        }
        try {
            channel.write(FrameKind.REQUEST, bytes);
        } catch (IOException e) {
            channel.close();
            throw new ConnectionLost(new NodeException(NodeException.Kind.UNAVAILABLE,
                    "the connection to the node is broken: " + e.getMessage(), e), false);
        }
        Frame reply;
        try {
            reply = bounded(method, timeout, channel::read);
        } catch (NodeException e) {
            throw new ConnectionLost(e, true);
        }
        return answer(method, id, reply);
    }

    private static JsonNode answer(String method, long id, Frame reply) throws NodeException {
        if (reply.kind() == FrameKind.ERROR) {
            throw WireErrors.fromJson(reply.text());
        }
        try {
            if (reply.kind() != FrameKind.RESPONSE) {
                throw new ProtocolException("expected the answer to " + method + ", got " + reply.kind());
            }
            ObjectNode o = WireJson.parseObject(reply.text());
            if (o.path("id").asLong(-1) != id) {
                throw new ProtocolException("answer to request " + o.path("id") + " while waiting for " + id);
            }
            return o.path("result");
        } catch (ProtocolException e) {
            throw new NodeException(NodeException.Kind.FAILED, "unreadable answer from the node: " + e.getMessage(),
                    e);
        }
    }

    @FunctionalInterface
    private interface Io<T> {
        T run() throws IOException, ProtocolException;
    }

    /** Runs {@code io}; when it takes longer than {@code timeout} the connection is closed, which ends it. */
    private <T> T bounded(String what, Duration timeout, Io<T> io) throws NodeException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> timer = timers.schedule(() -> {
            expired.set(true);
            channel.close();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return io.run();
        } catch (IOException e) {
            channel.close();
            if (expired.get()) {
                throw new NodeException(NodeException.Kind.UNAVAILABLE, "the node did not answer " + what
                        + " within " + timeout.toSeconds() + " s", e);
            }
            throw new NodeException(NodeException.Kind.UNAVAILABLE, "the node closed the connection during "
                    + what + ": " + e.getMessage(), e);
        } catch (ProtocolException e) {
            channel.close();
            throw new NodeException(NodeException.Kind.FAILED, "the node broke the protocol during " + what + ": "
                    + e.getMessage(), e);
        } finally {
            timer.cancel(false);
        }
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() {
        channel.close();
    }

    private static void closeQuietly(SocketChannel sc) {
        try {
            sc.close();
        } catch (IOException e) {
            // never connected: nothing to release
        }
    }
}
