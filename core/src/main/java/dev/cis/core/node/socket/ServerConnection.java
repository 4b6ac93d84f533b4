package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.event.EventJson;
import dev.cis.core.node.Attachment;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of the {@link NodeServer}, served on its own thread: the hello, then requests one at a
 * time, until a request turns the connection into a stream (events, or an attached session). Protocol
 * violations get an error frame and end the connection; they never reach the node.
 */
final class ServerConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);

    private final int number;
    private final FrameChannel channel;
    private final NodeApi api;
    private final RequestDispatcher dispatcher;
    private final Hello nodeHello;
    private final Runnable onClosed;
    private final long openedNanos = System.nanoTime();
    private volatile boolean greeted;
    private volatile Runnable closeStream;
    private Attachment attachment;

    ServerConnection(int number, FrameChannel channel, NodeApi api, Hello nodeHello, Runnable onClosed) {
        this.number = number;
        this.channel = channel;
        this.api = api;
        this.dispatcher = new RequestDispatcher(api);
        this.nodeHello = nodeHello;
        this.onClosed = onClosed;
    }

    @Override
    public void run() {
        try {
            if (greet()) {
                while (true) {
                    handle(channel.read());
                }
            }
        } catch (EOFException e) {
            LOG.debug("client {}: {}", number, e.getMessage());
        } catch (ProtocolException e) {
            LOG.warn("client {} broke the protocol: {}; disconnected", number, e.getMessage());
            refuse(null, NodeException.Kind.INVALID, e.getMessage());
        } catch (IOException e) {
            LOG.debug("client {}: connection ended: {}", number, e.toString());
        } finally {
            close();
        }
    }

    /** Why the watchdog should close this connection now, or null. */
    String overdue(long nowNanos, long helloTimeoutNanos, long stallTimeoutNanos) {
        if (!greeted && nowNanos - openedNanos > helloTimeoutNanos) {
            return "sent no hello in time";
        }
        if (channel.stalledNanos(nowNanos) > stallTimeoutNanos) {
            return "stopped reading";
        }
        return null;
    }

    /** Ends the connection; its thread detaches a stream and says goodbye to the server. */
    void disconnect() {
        channel.close();
    }

    private void close() {
        Runnable stream = closeStream;
        closeStream = null;
        if (stream != null) {
            stream.run();
        }
        channel.close();
        onClosed.run();
    }

    private boolean greet() throws IOException, ProtocolException {
        Frame first = channel.read();
        if (first.kind() != FrameKind.HELLO) {
            throw new ProtocolException("the first frame must be a hello, got " + first.kind());
        }
        Hello client = Hello.fromJson(first.text());
        if (client.major() != Protocol.MAJOR) {
            LOG.warn("client {} ({}) speaks protocol {}; refused", number, client.software(), client.major());
            refuse(null, NodeException.Kind.INVALID, Protocol.mismatch(Protocol.MAJOR, client.major()));
            return false;
        }
        channel.write(FrameKind.HELLO, nodeHello.toJson());
        greeted = true;
        return true;
    }

    private void handle(Frame frame) throws IOException, ProtocolException {
        if (closeStream == null) {
            if (frame.kind() != FrameKind.REQUEST) {
                throw new ProtocolException("expected a request, got " + frame.kind());
            }
            request(WireJson.parseObject(frame.text()));
        } else if (attachment != null && frame.kind() == FrameKind.INPUT) {
            attachment.write(frame.payload());
        } else if (attachment != null && frame.kind() == FrameKind.RESIZE) {
            ObjectNode size = WireJson.parseObject(frame.text());
            attachment.resize(size.path("cols").asInt(0), size.path("rows").asInt(0));
        } else {
            throw new ProtocolException("unexpected " + frame.kind() + " frame on a stream");
        }
    }

    private void request(ObjectNode request) throws IOException {
        long id = request.path("id").asLong(0);
        String method = request.path("method").asText("");
        JsonNode params = request.path("params");
        try {
            switch (method) {
                case "subscribe" -> subscribe(id);
                case "attach" -> attach(id, params);
                case "shutdown" -> {
                    respond(id, NullNode.getInstance());
                    LOG.info("client {} asked the node to stop", number);
                    api.shutdown();
                }
                default -> respond(id, dispatcher.call(method, params));
            }
        } catch (NodeException e) {
            refuse(id, e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("request {} of client {} failed", method, number, e);
            refuse(id, NodeException.Kind.FAILED, "the node failed on " + method + ": " + e);
        }
    }

    private void subscribe(long id) throws NodeException, IOException {
        CountDownLatch answered = new CountDownLatch(1);
        var sub = api.subscribe(event -> {
            if (await(answered)) {
                push(FrameKind.EVENT, EventJson.toJson(event).getBytes(StandardCharsets.UTF_8));
            }
        });
        closeStream = sub::close;
        try {
            respond(id, NullNode.getInstance());
        } finally {
            answered.countDown();
        }
        LOG.debug("client {} subscribed to events", number);
    }

    private void attach(long id, JsonNode params) throws NodeException, IOException {
        String sessionId = RequestDispatcher.text(params, "session_id");
        CountDownLatch answered = new CountDownLatch(1);
        attachment = api.attach(sessionId, params.path("replay").asBoolean(false),
                new StreamingListener(answered, this::push, channel::close));
        closeStream = attachment::close;
        try {
            respond(id, NullNode.getInstance());
        } finally {
            answered.countDown();
        }
        LOG.debug("client {} attached to session {}", number, sessionId);
    }

    static boolean await(CountDownLatch latch) {
        try {
            latch.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes a stream frame; a client that cannot take it is disconnected. */
    private void push(FrameKind kind, byte[] payload) {
        try {
            channel.write(kind, payload);
        } catch (IOException e) {
            LOG.debug("client {}: stream write failed ({}); disconnected", number, e.toString());
            channel.close();
        }
    }

    private void respond(long id, JsonNode result) throws IOException {
        ObjectNode o = WireJson.object();
        o.put("id", id);
        o.set("result", result);
        channel.write(FrameKind.RESPONSE, WireJson.write(o));
    }

    private void refuse(Long id, NodeException.Kind kind, String message) {
        try {
            channel.write(FrameKind.ERROR, WireErrors.toJson(id, kind, message));
        } catch (IOException e) {
            LOG.debug("client {}: could not send the error: {}", number, e.toString());
        }
    }
}
