package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.session.SessionListener;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Sends an attached session's output to a client: output bytes as they are, losses and the exit as JSON. Runs
 * on the session's delivery thread for this listener, and starts only once the attach request was answered.
 */
final class StreamingListener implements SessionListener {

    /** Writes one frame to the client. */
    @FunctionalInterface
    interface Sink {
        void push(FrameKind kind, byte[] payload);
    }

    private final CountDownLatch answered;
    private final Sink sink;
    private final Runnable afterExit;

    StreamingListener(CountDownLatch answered, Sink sink, Runnable afterExit) {
        this.answered = answered;
        this.sink = sink;
        this.afterExit = afterExit;
    }

    @Override
    public void onOutput(byte[] chunk) {
        if (ServerConnection.await(answered)) {
            sink.push(FrameKind.OUTPUT, chunk);
        }
    }

    @Override
    public void onOverflow(long droppedBytes) {
        if (ServerConnection.await(answered)) {
            ObjectNode o = WireJson.object().put("dropped_bytes", droppedBytes);
            sink.push(FrameKind.OVERFLOW, WireJson.write(o).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void onExit(int exitCode) {
        if (ServerConnection.await(answered)) {
            ObjectNode o = WireJson.object().put("exit_code", exitCode);
            sink.push(FrameKind.EXIT, WireJson.write(o).getBytes(StandardCharsets.UTF_8));
            afterExit.run();
        }
    }
}
