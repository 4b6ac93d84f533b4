package dev.cis.core.node.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.RunCreated;
import dev.cis.core.event.RunFinished;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.node.Attachment;
import dev.cis.core.monitor.BlockedSessions;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.NodeInfo;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.session.Await;
import dev.cis.core.session.CollectingListener;
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

@Timeout(120)
class SocketNodeClientTest {

    @TempDir
    Path dir;

    private InProcessNode node;
    private SocketNodeClient client;

    @BeforeEach
    void start() throws Exception {
        node = InProcessNode.start(dir, NodeServer.DEFAULT_STALL_TIMEOUT);
        client = node.client();
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private SessionInfo awaitSession(String runId) {
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

    @Test
    void aSubmittedRunExecutesAndItsEventsReachTheSubscriber() throws Exception {
        List<CisEvent> events = new CopyOnWriteArrayList<>();
        client.subscribe(events::add);

        SubmitResult r = client.submit(dir.resolve("pair.toml"), InProcessNode.chain("pair", "echo one", "echo two"),
                true);

        assertThat(r.ok()).isTrue();
        assertThat(r.dagName()).isEqualTo("pair");
        assertThat(r.taskCount()).isEqualTo(2);
        Await.until("the run to finish", Duration.ofSeconds(60), () -> events.stream()
                .anyMatch(e -> e instanceof RunFinished f && f.runId().equals(r.runId())), events::toString);
        assertThat(events).anyMatch(e -> e instanceof RunCreated c && c.runId().equals(r.runId()));
        assertThat(events).filteredOn(e -> e instanceof TaskStatusChanged t && t.to() == TaskStatus.COMPLETED)
                .extracting(e -> ((TaskStatusChanged) e).taskId()).containsExactly("t1", "t2");
        assertThat(events).filteredOn(e -> e instanceof RunFinished).extracting(e -> ((RunFinished) e).status())
                .containsExactly(RunStatus.COMPLETED);
    }

    @Test
    void anInvalidDagComesBackWithItsDiagnosticsAndNoRun() throws Exception {
        Path file = dir.resolve("broken.toml");
        SubmitResult r = client.submit(file, "[dag]\nname = \"x\"\n\n[[dag.tasks]]\nid = \"a\"\ndeps = [\"b\"]\n"
                + "command = \"true\"\n", true);

        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).isNotEmpty();
        assertThat(r.diagnostics().get(0).isError()).isTrue();
        assertThat(r.diagnostics().get(0).file()).isEqualTo(file.toAbsolutePath());
        assertThat(r.diagnostics().get(0).line()).isPositive();
        assertThat(r.diagnostics().get(0).message()).contains("'b'");
    }

    @Test
    void refusalsKeepTheirKindAndMessage() {
        assertThatThrownBy(() -> client.start("zzzzzzzz")).isInstanceOfSatisfying(NodeException.class,
                e -> assertThat(e.kind()).isEqualTo(NodeException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> client.kill("nope:t1:1")).isInstanceOfSatisfying(NodeException.class, e -> {
            assertThat(e.kind()).isEqualTo(NodeException.Kind.NOT_FOUND);
            assertThat(e.getMessage()).contains("no live session nope:t1:1");
        });
    }

    @Test
    void infoDescribesTheNode() throws Exception {
        NodeInfo info = client.info();

        assertThat(info.nodeId()).isEqualTo("test-node");
        assertThat(info.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(info.home()).isEqualTo(node.home.root().toString());
        assertThat(info.startedAt()).isNotNull();
        assertThat(client.node().major()).isEqualTo(Protocol.MAJOR);
    }

    @Test
    void twoClientsAttachedToOneSessionSeeTheSameOutputAndEitherCanType() throws Exception {
        SubmitResult r = client.submit(dir.resolve("ask.toml"), InProcessNode.chain("ask",
                "read line; echo \"got:$line\"; seq 1 2000"), true);
        SessionInfo s = awaitSession(r.runId());
        CollectingListener first = new CollectingListener();
        CollectingListener second = new CollectingListener();
        Attachment a = client.attach(s.sessionId(), true, first);
        node.client().attach(s.sessionId(), true, second);

        a.write("hello\r".getBytes(StandardCharsets.UTF_8));

        assertThat(first.exit().get(30, TimeUnit.SECONDS)).isZero();
        assertThat(second.exit().get(30, TimeUnit.SECONDS)).isZero();
        assertThat(first.plainText()).contains("got:hello").contains("2000");
        assertThat(second.bytes()).isEqualTo(first.bytes());
    }

    @Test
    void attachingToAnUnknownSessionIsNotFound() {
        assertThatThrownBy(() -> client.attach("nope:t1:1", true, new CollectingListener()))
                .isInstanceOfSatisfying(NodeException.class,
                        e -> assertThat(e.kind()).isEqualTo(NodeException.Kind.NOT_FOUND));
    }

    @Test
    void closingAClientLeavesItsAttachedSessionRunning() throws Exception {
        SubmitResult r = client.submit(dir.resolve("wait.toml"), InProcessNode.chain("wait", "sleep 30"), true);
        SessionInfo s = awaitSession(r.runId());
        SocketNodeClient other = node.client();
        CollectingListener seen = new CollectingListener();
        other.attach(s.sessionId(), true, seen);

        other.close();

        assertThat(client.sessions(r.runId())).extracting(SessionInfo::sessionId).containsExactly(s.sessionId());
        assertThat(seen.exit()).isNotDone();
        client.kill(s.sessionId());
        Await.until("the killed session to end", Duration.ofSeconds(30), () -> {
            try {
                return client.sessions(r.runId()).isEmpty();
            } catch (NodeException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aClientOfNoNodeIsToldTheNodeIsUnavailable() {
        assertThatThrownBy(() -> SocketNodeClient.connect(dir.resolve("none.sock"), "cis test"))
                .isInstanceOfSatisfying(NodeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(NodeException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("no node answers on");
                });
    }

    @Test
    void aClientReconnectsWhenTheNodeServesAgainOnTheSameSocket() throws Exception {
        assertThat(client.info().nodeId()).isEqualTo("test-node");
        node.server.close();
        var api = new LocalNode(node.engine, "again", BlockedSessions.NONE, () -> { });

        try (NodeServer again = NodeServer.start(api, node.socket(), "cis test", Duration.ofSeconds(5))) {
            assertThat(client.info().version()).isEqualTo("again");
        }
    }
}
