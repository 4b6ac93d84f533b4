package dev.cis.core.node.socket;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/** A client that writes whatever bytes a test wants on the node's socket and reads frames back. */
final class RawClient implements AutoCloseable {

    private final SocketChannel socket;
    private final FrameChannel frames;

    RawClient(Path path) throws IOException {
        socket = SocketChannel.open(StandardProtocolFamily.UNIX);
        socket.connect(UnixDomainSocketAddress.of(path));
        frames = new FrameChannel(socket, Protocol.MAX_NODE_FRAME);
    }

    void writeRaw(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            socket.write(b);
        }
    }

    void send(FrameKind kind, String json) throws IOException {
        frames.write(kind, json);
    }

    void hello(int major) throws IOException {
        send(FrameKind.HELLO, "{\"protocol\":" + major + ",\"minor\":0,\"software\":\"raw\"}");
    }

    Frame read() throws IOException, ProtocolException {
        return frames.read();
    }

    /** True when the node closed the connection: the next read ends. */
    boolean closedByNode() {
        try {
            frames.read();
            return false;
        } catch (IOException e) {
            return true;
        } catch (ProtocolException e) {
            return false;
        }
    }

    @Override
    public void close() {
        frames.close();
    }
}
