package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.node.Attachment;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.node.socket.SocketNodeClient;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Clients in this JVM talking to a node process started by {@code cis node start}. */
@Timeout(300)
class NodeSocketTest {

    @TempDir
    Path dir;

    private RealNode node;
    private SocketNodeClient client;

    @BeforeEach
    void setUp() throws Exception {
        node = new RealNode(dir);
        node.start();
        client = node.client();
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
    }

    @Test
    void aSubmittedDagRunsInTheNodeAndItsEventsReachTheClient() throws Exception {
        List<CisEvent> events = new CopyOnWriteArrayList<>();
        client.subscribe(events::add);

        SubmitResult r = client.submit(dir.resolve("pair.toml"), RealNode.chain("pair", "", "echo one", "echo two"),
                true);

        assertThat(r.ok()).as(r.diagnostics().toString()).isTrue();
        RealNode.await("the run to finish", Duration.ofSeconds(60),
                () -> events.stream().anyMatch(e -> e instanceof RunFinished f && f.runId().equals(r.runId())));
        assertThat(events).filteredOn(e -> e instanceof TaskStatusChanged t && t.to() == TaskStatus.COMPLETED)
                .extracting(e -> ((TaskStatusChanged) e).taskId()).containsExactly("t1", "t2");
        assertThat(events).filteredOn(e -> e instanceof RunFinished).extracting(e -> ((RunFinished) e).status())
                .containsExactly(RunStatus.COMPLETED);
    }

    @Test
    void twoClientsAttachedToOneSessionSeeTheSameOutput() throws Exception {
        SubmitResult r = client.submit(dir.resolve("ask.toml"), RealNode.chain("ask", "",
                "read line; echo \"got:$line\"; seq 1 3000"), true);
        SessionInfo s = node.awaitSession(client, r.runId());
        Listeners.Collecting first = new Listeners.Collecting();
        Listeners.Collecting second = new Listeners.Collecting();
        Attachment typing = client.attach(s.sessionId(), true, first);
        node.client().attach(s.sessionId(), true, second);

        typing.write("hello\r".getBytes(StandardCharsets.UTF_8));

        assertThat(first.exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(second.exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).contains("got:hello").contains("3000");
        assertThat(second.bytes()).isEqualTo(first.bytes());
    }

    @Test
    void aClientThatNeverReadsDoesNotSlowASessionPrinting50Megabytes() throws Exception {
        long bytes = 50_000_000;
        Duration alone = flood(bytes, false);
        Duration besideAStuckClient = flood(bytes, true);

        assertThat(besideAStuckClient).as("alone it took %s", alone)
                .isLessThan(alone.multipliedBy(3).plusSeconds(10));
    }

    /** Runs a session printing {@code bytes} x's to a reading client (and one that never reads); its duration. */
    private Duration flood(long bytes, boolean withStuckClient) throws Exception {
        SubmitResult r = client.submit(dir.resolve("flood.toml"), RealNode.chain("flood", "",
                "read go; head -c " + bytes + " /dev/zero | tr '\\0' x"), true);
        SessionInfo s = node.awaitSession(client, r.runId());
        Listeners.Stuck stuck = new Listeners.Stuck();
        if (withStuckClient) {
            node.client().attach(s.sessionId(), false, stuck);
        }
        Listeners.Counting reader = new Listeners.Counting('x');
        Attachment typing = client.attach(s.sessionId(), false, reader);
        try {
            long start = System.nanoTime();
            typing.write("go\r".getBytes(StandardCharsets.UTF_8));
            assertThat(reader.exit.get(120, TimeUnit.SECONDS)).isZero();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(reader.matches.get()).isEqualTo(bytes);
            assertThat(reader.dropped.get()).isZero();
            return took;
        } finally {
            stuck.release();
        }
    }

    @Test
    void garbageAnOversizedFrameAndAnotherProtocolVersionGetAnErrorAndTheNodeKeepsServing() throws Exception {
        assertThat(replyTo("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("\"kind\":\"invalid\"").contains("larger than the limit");
        byte[] hello = "{\"protocol\":1,\"minor\":0,\"software\":\"raw\"}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer oversized = ByteBuffer.allocate(5 + hello.length + 5).putInt(hello.length).put((byte) 1)
                .put(hello).putInt(64 * 1024 * 1024).put((byte) 2);
        assertThat(replyTo(oversized.array())).contains("frame of 67108864 bytes is larger than the limit");
        byte[] future = "{\"protocol\":99,\"minor\":0,\"software\":\"cis 99\"}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer futureHello = ByteBuffer.allocate(5 + future.length).putInt(future.length).put((byte) 1)
                .put(future);
        assertThat(replyTo(futureHello.array())).contains("node speaks protocol 1, this cis speaks 99: "
                + "restart the node with 'cis node stop && cis node start'");

        assertThat(node.client().info().pid()).isEqualTo(node.pid());
    }

    /** Writes raw bytes to the node and returns the text of what it sent back until it closed the connection. */
    private String replyTo(byte[] bytes) throws IOException {
        try (SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            raw.connect(UnixDomainSocketAddress.of(node.files.socket()));
            raw.write(ByteBuffer.wrap(bytes));
            ByteBuffer in = ByteBuffer.allocate(64 * 1024);
            while (raw.read(in) >= 0) {
                assertThat(in.hasRemaining()).as("the node keeps the connection open").isTrue();
            }
            return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
        }
    }
}
