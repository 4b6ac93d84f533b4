package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.node.SubmitResult;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.AttemptEnd;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.model.AttemptStatus;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
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

/** A node killed with SIGKILL in the middle of a run; the next node finishes the run. */
@Timeout(300)
class NodeRecoveryTest {

    @TempDir
    Path dir;

    private RealNode node;

    @BeforeEach
    void setUp() {
        node = new RealNode(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
    }

    @Test
    void aRunInterruptedByKillNineCompletesAfterRestartWithoutRerunningCompletedTasks() throws Exception {
        node.start();
        List<CisEvent> events = new CopyOnWriteArrayList<>();
        var client = node.client();
        client.subscribe(events::add);
        SubmitResult r = client.submit(dir.resolve("steps.toml"), RealNode.chain("steps",
                "retry = 1\nretry_backoff_secs = 0\n", "echo x; sleep 3", "echo x; sleep 3", "echo x; sleep 3"), true);
        RealNode.await("t2 to run", Duration.ofSeconds(60), () -> events.stream().anyMatch(
                e -> e instanceof TaskStatusChanged t && t.taskId().equals("t2") && t.to() == TaskStatus.RUNNING));

        ProcessHandle killed = ProcessHandle.of(node.pid()).orElseThrow();
        killed.destroyForcibly();
        killed.onExit().get(30, TimeUnit.SECONDS);
        node.start();

        try (RunStore store = SqliteRunStore.open(node.home)) {
            RealNode.await("the run to complete", Duration.ofSeconds(90),
                    () -> store.findRun(r.runId()).orElseThrow().status() == RunStatus.COMPLETED);
            assertThat(store.attempts(r.runId(), "t1")).extracting(AttemptRecord::status)
                    .containsExactly(AttemptStatus.COMPLETED);
            List<AttemptRecord> t2 = store.attempts(r.runId(), "t2");
            assertThat(t2).extracting(AttemptRecord::status)
                    .containsExactly(AttemptStatus.FAILED, AttemptStatus.COMPLETED);
            assertThat(t2.get(0).reason()).isEqualTo(AttemptEnd.INTERRUPTED_REASON);
            assertThat(store.attempts(r.runId(), "t3")).extracting(AttemptRecord::status)
                    .containsExactly(AttemptStatus.COMPLETED);
        }
    }

    @Test
    void retriesAreCountedAcrossTwoKillNinesOfTheNode() throws Exception {
        node.start();
        SubmitResult r = node.client().submit(dir.resolve("flaky.toml"), RealNode.chain("flaky",
                "retry = 2\nretry_backoff_secs = 0\n", "if [ \"$CIS_ATTEMPT\" -lt 3 ]; then sleep 600; else exit 3; fi"),
                true);
        try (RunStore store = SqliteRunStore.open(node.home)) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                int n = attempt;
                RealNode.await("attempt " + n + " to run", Duration.ofSeconds(60), () -> {
                    List<AttemptRecord> a = store.attempts(r.runId(), "t1");
                    return a.size() == n && a.get(n - 1).status() == AttemptStatus.RUNNING && a.get(n - 1).pid() != null;
                });
                ProcessHandle killed = ProcessHandle.of(node.pid()).orElseThrow();
                killed.destroyForcibly();
                killed.onExit().get(30, TimeUnit.SECONDS);
                node.start();
            }
            RealNode.await("the run to end", Duration.ofSeconds(90),
                    () -> store.findRun(r.runId()).orElseThrow().status().isTerminal());

            assertThat(store.findRun(r.runId()).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
            List<AttemptRecord> attempts = store.attempts(r.runId(), "t1");
            assertThat(attempts).extracting(AttemptRecord::reason).containsExactly(AttemptEnd.INTERRUPTED_REASON,
                    AttemptEnd.INTERRUPTED_REASON, "exited with code 3");
            assertThat(store.task(r.runId(), "t1").orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
        }
    }
}
