package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.node.Attachment;
import dev.cis.core.session.SessionListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session attached over a stream connection: output, losses and the exit are read on their own thread and
 * handed to the listener in order; input and resizes are written back.
 */
final class SocketAttachment implements Attachment {

    /** Input is sent in frames of at most this many bytes. */
    static final int INPUT_CHUNK = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SocketAttachment.class);

    private final String sessionId;
    private final ClientConnection connection;
    private final SessionListener listener;
    private final Runnable onEnd;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean attached = true;

    SocketAttachment(String sessionId, ClientConnection connection, SessionListener listener, Runnable onEnd) {
        this.sessionId = sessionId;
        this.connection = connection;
        this.listener = listener;
        this.onEnd = onEnd;
    }

    void start() {
        NamedThreads.start("cis-node-attach-" + sessionId, this::readLoop);
    }

    private void readLoop() {
        try {
            while (!handle(connection.channel().read())) {
                // next frame
            }
        } catch (IOException | ProtocolException e) {
            if (!closed.get()) {
                LOG.info("the attachment to session {} ended: {}", sessionId, e.getMessage());
            }
        } finally {
            attached = false;
            connection.close();
            onEnd.run();
        }
    }

    /** Hands one frame to the listener; true after the exit. */
    private boolean handle(Frame f) throws ProtocolException {
        switch (f.kind()) {
            case OUTPUT -> call(() -> listener.onOutput(f.payload()));
            case OVERFLOW -> {
                long lost = WireJson.parseObject(f.text()).path("dropped_bytes").asLong(0);
                call(() -> listener.onOverflow(lost));
            }
            case EXIT -> {
                int code = WireJson.parseObject(f.text()).path("exit_code").asInt(-1);
                call(() -> listener.onExit(code));
                return true;
            }
            default -> throw new ProtocolException("unexpected " + f.kind() + " frame on an attachment");
        }
        return false;
    }

    private void call(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.warn("session listener {} failed: {}", listener, e.toString(), e);
        }
    }

    @Override
    public void write(byte[] bytes) {
        for (int from = 0; from < bytes.length; from += INPUT_CHUNK) {
            send(FrameKind.INPUT, Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + INPUT_CHUNK)));
        }
    }

    @Override
    public void resize(int cols, int rows) {
        ObjectNode size = WireJson.object().put("cols", cols).put("rows", rows);
        send(FrameKind.RESIZE, WireJson.write(size).getBytes(StandardCharsets.UTF_8));
    }

    private void send(FrameKind kind, byte[] payload) {
        try {
            connection.channel().write(kind, payload);
        } catch (IOException e) {
            LOG.debug("session {} is no longer attached; {} not sent: {}", sessionId, kind, e.toString());
        }
    }

    @Override
    public boolean isAttached() {
        return attached && !closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            connection.close();
        }
    }
}
