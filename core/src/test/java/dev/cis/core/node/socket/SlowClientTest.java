package dev.cis.core.node.socket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.Subscription;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.monitor.BlockedSessions;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.session.Await;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Clients that stop reading are disconnected and never hold up a session or the other clients. */
@Timeout(120)
class SlowClientTest {

    private static final Duration STALL = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private InProcessNode node;

    @BeforeEach
    void start() throws Exception {
        node = InProcessNode.start(dir, STALL);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void anAttachedClientThatStopsReadingIsDisconnectedWhileTheOtherGetsEveryByte() throws Exception {
        SocketNodeClient client = node.client();
        long bytes = 20_000_000;
        SubmitResult r = client.submit(dir.resolve("flood.toml"), InProcessNode.chain("flood",
                "read go; head -c " + bytes + " /dev/zero | tr '\\0' x"), true);
        SessionInfo s = awaitSession(client, r.runId());
        StuckListener stuck = new StuckListener();
        CountingListener good = new CountingListener('x');
        node.client().attach(s.sessionId(), false, stuck);
        var typing = client.attach(s.sessionId(), false, good);
        int attached = node.server.connectionCount();
        try {
            typing.write("go\r".getBytes(StandardCharsets.UTF_8));

            assertThat(good.exit().get(60, TimeUnit.SECONDS)).isZero();
            assertThat(good.matches()).isEqualTo(bytes);
            assertThat(good.dropped()).isZero();
            Await.until("the stuck client to be disconnected", Duration.ofSeconds(30),
                    () -> node.server.connectionCount() <= attached - 2,
                    () -> node.server.connectionCount() + " connections");
        } finally {
            stuck.release();
        }
    }

    @Test
    void anEventSubscriberThatStopsReadingIsDisconnectedWhileTheOtherGetsEveryEvent() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Subscription stuck = node.client().subscribe(e -> await(release));
        List<CisEvent> received = new CopyOnWriteArrayList<>();
        node.client().subscribe(received::add);
        int subscribed = node.server.connectionCount();
        int count = 3000;
        String reason = "r".repeat(1000);
        try {
            for (int i = 0; i < count; i++) {
                node.engine.bus().publish(new TaskStatusChanged(Instant.now(), "flood", "t" + i, TaskStatus.PENDING,
                        TaskStatus.RUNNING, 1, null, reason));
            }

            Await.until("every event at the reading subscriber", Duration.ofSeconds(60),
                    () -> received.size() >= count, () -> received.size() + " events");
            Await.until("the stuck subscriber to be disconnected", Duration.ofSeconds(30),
                    () -> node.server.connectionCount() <= subscribed - 1);
            assertThat(received).hasSize(count);
        } finally {
            release.countDown();
        }
        Await.until("the stuck subscription to end", Duration.ofSeconds(30), () -> !stuck.isActive());
    }

    @Test
    void aConnectionThatSaysNoHelloIsClosed() throws Exception {
        LocalNode api = new LocalNode(node.engine, "x", BlockedSessions.NONE, () -> { });
        Path socket = Files.createDirectories(dir.resolve("quick")).resolve("node.sock");
        try (NodeServer quick = NodeServer.start(api, socket, "cis test", STALL, Duration.ofMillis(500));
                RawClient silent = new RawClient(socket)) {
            Await.until("the silent connection to be counted", Duration.ofSeconds(10),
                    () -> quick.connectionCount() == 1);

            assertThat(silent.closedByNode()).isTrue();
            Await.until("the connection to be forgotten", Duration.ofSeconds(10), () -> quick.connectionCount() == 0);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SessionInfo awaitSession(SocketNodeClient client, String runId) {
        SessionInfo[] found = new SessionInfo[1];
        Await.until("a live session of run " + runId, Duration.ofSeconds(30), () -> {
            try {
                List<SessionInfo> live = client.sessions(runId);
                found[0] = live.isEmpty() ? null : live.get(0);
                return found[0] != null;
            } catch (NodeException e) {
                throw new AssertionError(e);
            }
        });
        return found[0];
    }
}
