package dev.cis.core.node.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.monitor.BlockedSessions;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.node.NodeInfo;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class NodeServerProtocolTest {

    @TempDir
    Path dir;

    private InProcessNode node;

    @BeforeEach
    void start() throws Exception {
        node = InProcessNode.start(dir, NodeServer.DEFAULT_STALL_TIMEOUT);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private void assertStillServing() throws Exception {
        NodeInfo info = node.client().info();
        assertThat(info.nodeId()).isEqualTo("test-node");
    }

    @Test
    void socketFileIsReadableAndWritableByItsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(node.socket()))).isEqualTo("rw-------");
    }

    @Test
    void garbageBytesGetAnErrorAndTheNodeKeepsServing() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.writeRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Frame reply = raw.read();
            assertThat(reply.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(reply.text()).contains("\"kind\":\"invalid\"").contains("larger than the limit");
            assertThat(raw.closedByNode()).isTrue();
        }
        assertStillServing();
    }

    @Test
    void unknownFrameKindGetsAnErrorAndTheConnectionIsClosed() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.writeRaw(ByteBuffer.allocate(7).putInt(2).put((byte) 99).put((byte) '{').put((byte) '}').array());
            Frame reply = raw.read();
            assertThat(reply.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(reply.text()).contains("unknown frame kind 99");
            assertThat(raw.closedByNode()).isTrue();
        }
        assertStillServing();
    }

    @Test
    void oversizedFrameGetsAnErrorAndTheNodeKeepsServing() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.hello(Protocol.MAJOR);
            assertThat(raw.read().kind()).isEqualTo(FrameKind.HELLO);
            int size = Protocol.MAX_CLIENT_FRAME + 1;
            raw.writeRaw(ByteBuffer.allocate(Protocol.HEADER_BYTES).putInt(size).put(FrameKind.REQUEST.code()).array());
            Frame reply = raw.read();
            assertThat(reply.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(reply.text()).contains("frame of " + size + " bytes is larger than the limit");
            assertThat(raw.closedByNode()).isTrue();
        }
        assertStillServing();
    }

    @Test
    void wrongProtocolVersionIsRefusedWithAdviceToRestartTheNode() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.hello(Protocol.MAJOR + 1);
            Frame reply = raw.read();
            assertThat(reply.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(reply.text()).contains("node speaks protocol " + Protocol.MAJOR + ", this cis speaks "
                    + (Protocol.MAJOR + 1) + ": restart the node with 'cis node stop && cis node start'");
            assertThat(raw.closedByNode()).isTrue();
        }
        assertStillServing();
    }

    @Test
    void aRequestBeforeTheHelloIsRefused() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.send(FrameKind.REQUEST, "{\"id\":1,\"method\":\"info\"}");
            Frame reply = raw.read();
            assertThat(reply.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(reply.text()).contains("the first frame must be a hello");
            assertThat(raw.closedByNode()).isTrue();
        }
        assertStillServing();
    }

    @Test
    void malformedJsonInARequestGetsAnErrorAndTheConnectionIsClosed() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.hello(Protocol.MAJOR);
            raw.read();
            raw.send(FrameKind.REQUEST, "{\"id\":1,\"method\":");
            Frame reply = raw.read();
            assertThat(reply.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(reply.text()).contains("not JSON");
            assertThat(raw.closedByNode()).isTrue();
        }
        assertStillServing();
    }

    @Test
    void unknownMethodIsRefusedAndTheConnectionStaysUsable() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.hello(Protocol.MAJOR);
            raw.read();
            raw.send(FrameKind.REQUEST, "{\"id\":7,\"method\":\"fly\",\"params\":{}}");
            Frame refused = raw.read();
            assertThat(refused.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(refused.text()).contains("\"id\":7").contains("unknown method 'fly'");
            raw.send(FrameKind.REQUEST, "{\"id\":8,\"method\":\"info\",\"params\":{}}");
            Frame answered = raw.read();
            assertThat(answered.kind()).isEqualTo(FrameKind.RESPONSE);
            assertThat(answered.text()).contains("\"id\":8").contains("\"node_id\":\"test-node\"");
        }
    }

    @Test
    void missingParameterIsRefusedWithItsName() throws Exception {
        try (RawClient raw = new RawClient(node.socket())) {
            raw.hello(Protocol.MAJOR);
            raw.read();
            raw.send(FrameKind.REQUEST, "{\"id\":1,\"method\":\"kill\",\"params\":{}}");
            Frame refused = raw.read();
            assertThat(refused.kind()).isEqualTo(FrameKind.ERROR);
            assertThat(refused.text()).contains("missing text parameter 'session_id'");
        }
    }

    @Test
    void aSecondServerOnASocketThatAnswersIsRefused() {
        LocalNode api = new LocalNode(node.engine, "x", BlockedSessions.NONE, () -> { });
        assertThatThrownBy(() -> NodeServer.start(api, node.socket(), "cis test", Duration.ofSeconds(1)))
                .isInstanceOf(IOException.class).hasMessageContaining("another node already serves");
    }

    @Test
    void aSocketFileLeftByAGoneNodeIsReplaced() throws Exception {
        Path stale = Files.createDirectories(dir.resolve("gone")).resolve("node.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThat(stale).exists();
        LocalNode api = new LocalNode(node.engine, "x", BlockedSessions.NONE, () -> { });
        try (NodeServer second = NodeServer.start(api, stale, "cis test", Duration.ofSeconds(1));
                SocketNodeClient client = SocketNodeClient.connect(stale, "cis test")) {
            assertThat(client.info().nodeId()).isEqualTo("test-node");
        }
        assertThat(stale).doesNotExist();
    }
}
