package dev.cis.core.node.socket;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Frames over one connected socket channel. One thread reads while others write: writes are serialised, and a
 * write that cannot progress because the peer stopped reading shows up in {@link #stalledNanos(long)}, so that
 * a watchdog can close the channel, which ends the blocked write.
 */
public final class FrameChannel implements AutoCloseable {

    private static final int READ_BUFFER = 64 * 1024;

    private final SocketChannel channel;
    private final int maxIncoming;
    private final ByteBuffer in = ByteBuffer.allocate(READ_BUFFER).flip();
    private final Object writeLock = new Object();
    private volatile long writeStartedNanos;

    /** @param maxIncoming the largest payload {@link #read()} accepts */
    public FrameChannel(SocketChannel channel, int maxIncoming) {
        this.channel = channel;
        this.maxIncoming = maxIncoming;
    }

    /**
     * Reads the next frame, waiting for it.
     *
     * @throws EOFException      when the peer closed the connection
     * @throws ProtocolException when the frame is larger than allowed or of an unknown kind; the connection
     *                           cannot be used after that
     */
    public Frame read() throws IOException, ProtocolException {
        fill(Protocol.HEADER_BYTES, true);
        int length = in.getInt();
        byte code = in.get();
        if (length < 0 || length > maxIncoming) {
            throw new ProtocolException("frame of " + Integer.toUnsignedString(length)
                    + " bytes is larger than the limit of " + maxIncoming + " bytes");
        }
        FrameKind kind = FrameKind.of(code).orElseThrow(
                () -> new ProtocolException("unknown frame kind " + (code & 0xff)));
        byte[] payload = new byte[length];
        int done = Math.min(length, in.remaining());
        in.get(payload, 0, done);
        ByteBuffer rest = ByteBuffer.wrap(payload, done, length - done);
        while (rest.hasRemaining()) {
            if (channel.read(rest) < 0) {
                throw new EOFException("connection closed in the middle of a frame");
            }
        }
        return new Frame(kind, payload);
    }

    private void fill(int bytes, boolean atFrameStart) throws IOException {
        while (in.remaining() < bytes) {
            boolean empty = !in.hasRemaining();
            in.compact();
            int n;
            try {
                n = channel.read(in);
            } finally {
                in.flip();
            }
            if (n < 0) {
                throw new EOFException(atFrameStart && empty ? "connection closed"
                        : "connection closed in the middle of a frame");
            }
        }
    }

    /** Writes one frame; waits while the peer's buffers are full. */
    public void write(FrameKind kind, byte[] payload) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(Protocol.HEADER_BYTES).putInt(payload.length).put(kind.code()).flip();
        ByteBuffer body = ByteBuffer.wrap(payload);
        ByteBuffer[] both = {header, body};
        synchronized (writeLock) {
            writeStartedNanos = System.nanoTime();
            try {
                while (body.hasRemaining() || header.hasRemaining()) {
                    channel.write(both);
                }
            } finally {
                writeStartedNanos = 0;
            }
        }
    }

    /** Writes a frame whose payload is {@code json}. */
    public void write(FrameKind kind, String json) throws IOException {
        write(kind, json.getBytes(StandardCharsets.UTF_8));
    }

    /** How long the write in progress has been waiting, 0 when none is. */
    public long stalledNanos(long nowNanos) {
        long started = writeStartedNanos;
        return started == 0 ? 0 : nowNanos - started;
    }

    public boolean isOpen() {
        return channel.isOpen();
    }

    /** Closes the connection; a read or write blocked on it ends with an exception. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a socket that is already broken: nothing left to release
        }
    }
}
