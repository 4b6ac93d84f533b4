package dev.cis.core.monitor;

import dev.cis.core.session.Await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.engine.Engine;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.node.UnblockResult;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.AttemptKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor wired into an engine: a task that asks is blocked, and the node API's unblock answers it. */
class UnblockThroughNodeTest {

    private static final String DAG = """
            [dag]
            name = "ask"

            [[dag.tasks]]
            id = "apply"
            agent = "fake-agent"
            prompt = "[ask: Apply these changes? (y/n)] [sleep 1.5] [output: applied]"
            """;

    @TempDir
    Path dir;

    private Engine engine;
    private LocalNode node;
    private final List<CisEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        CisHome home = CisHome.at(dir.resolve("home"));
        engine = Engine.open(home, CisConfig.defaults(home.configFile()), "test-node", Clock.systemUTC(),
                MonitorSettings.defaults());
        engine.bus().subscribe(events::add);
        node = new LocalNode(engine, "test", engine.monitor(), () -> { });
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    void aTaskThatAsksIsBlockedAndAnUnblockThroughTheNodeLetsItFinish() throws Exception {
        Path file = Files.writeString(dir.resolve("ask.toml"), DAG);
        SubmitResult submitted = node.submit(file, DAG, true);
        String runId = submitted.runId();
        String sessionId = new AttemptKey(runId, "apply", 1).sessionId();

        SessionBlocked blocked = await("SessionBlocked", () -> events.stream()
                .filter(e -> e instanceof SessionBlocked).map(SessionBlocked.class::cast).findFirst().orElse(null));
        assertThat(blocked.sessionId()).isEqualTo(sessionId);
        assertThat(blocked.signal()).isEqualTo("pattern:yes_no");
        await("task blocked", () -> engine.store().task(runId, "apply").orElseThrow().status() == TaskStatus.BLOCKED
                ? true : null);
        SessionInfo info = node.sessions(runId).get(0);
        assertThat(info.blocked()).isTrue();
        assertThat(info.signal()).isEqualTo("pattern:yes_no");
        assertThat(info.blockReason()).isEqualTo("asks: Apply these changes? (y/n)");
        assertThat(node.info().blocked()).isEqualTo(1);

        UnblockResult result = node.unblock(sessionId, "y\r", 10_000);

        assertThat(result.sent()).isTrue();
        assertThat(result.recovered()).isTrue();
        assertThat(result.state()).isEqualTo("running");
        RunStatus status = engine.executor().completion(runId).map(f -> {
            try {
                return f.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).orElseGet(() -> engine.store().findRun(runId).orElseThrow().status());
        assertThat(status).isEqualTo(RunStatus.COMPLETED);
        assertThat(engine.store().attempt(new AttemptKey(runId, "apply", 1)).orElseThrow().exitCode()).isZero();
        assertThat(events).filteredOn(e -> e instanceof SessionRecovered)
                .extracting(e -> ((SessionRecovered) e).how()).containsExactly(SessionRecovered.How.INPUT);
        assertThat(events).filteredOn(e -> e instanceof TaskStatusChanged t && t.taskId().equals("apply"))
                .extracting(e -> ((TaskStatusChanged) e).to())
                .containsSubsequence(TaskStatus.RUNNING, TaskStatus.BLOCKED, TaskStatus.RUNNING, TaskStatus.COMPLETED);
        // let the event log write the end of the run before the engine closes
        await("run.finished logged", () -> engine.store().events(runId, 0, 1000).stream()
                .anyMatch(e -> e.type().equals("run.finished")) ? true : null);
    }

    private static <T> T await(String what, Supplier<T> found) {
        return Await.value(what, Duration.ofSeconds(20), found, () -> "");
    }
}
