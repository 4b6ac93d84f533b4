package dev.cis.core.run;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunStatus;
import static dev.cis.core.run.TestDags.dag;
import static dev.cis.core.run.TestDags.shell;
import static dev.cis.core.run.TestDags.withRetry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Policy;
import dev.cis.core.event.EventBus;
import dev.cis.core.store.AttemptEnd;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.AttemptStatus;
import dev.cis.core.store.NewAttempt;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** State as a node leaves it when it is killed in the middle of a run, and what the next node makes of it. */
class RecoveryTest {

    @TempDir
    Path home;

    private RunStore store;
    private EventBus bus;
    private Process orphan;

    @BeforeEach
    void setUp() throws Exception {
        store = SqliteRunStore.open(CisHome.at(home).ensureCreated());
        bus = new EventBus();
    }

    @AfterEach
    void tearDown() {
        if (orphan != null) {
            orphan.destroyForcibly();
        }
        bus.close();
        store.close();
    }

    /** A run whose first task completed and whose second task was running in {@code orphan} when the node died. */
    private String crashedRun(Dag dag) throws Exception {
        String id = store.createRun(dag, "", "node-1").id();
        store.setRunStatus(id, RunStatus.RUNNING, null);
        AttemptKey done = new AttemptKey(id, "done", 1);
        store.beginAttempt(new NewAttempt(done, "node-1", null, null));
        store.endAttempt(done, AttemptEnd.completed(0, "done-output", 11), TaskStatus.COMPLETED);
        orphan = new ProcessBuilder("sleep", "300").start();
        AttemptKey running = new AttemptKey(id, "busy", 1);
        store.beginAttempt(new NewAttempt(running, "node-1", null, null));
        store.setAttemptPid(running, orphan.pid());
        return id;
    }

    @Test
    void interruptedAttemptWithRetriesLeftIsRetriedAndItsLeftoverProcessKilled() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 2, shell("done", "echo again"), withRetry(shell("busy", "echo ok", "done"), 1, 0));
        String id = crashedRun(d);
        List<String> resume = new Recovery(store, bus, Clock.systemUTC(), r -> d).recover("node-1");
        assertThat(resume).containsExactly(id);
        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).isTrue();
        var first = store.attempt(new AttemptKey(id, "busy", 1)).orElseThrow();
        assertThat(first.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(first.reason()).isEqualTo(AttemptEnd.INTERRUPTED_REASON);
        assertThat(store.task(id, "busy").orElseThrow().status()).isEqualTo(TaskStatus.RETRYING);
    }

    @Test
    void interruptedAttemptWithoutRetriesFailsItsTask() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 2, shell("done", "echo again"), shell("busy", "echo ok", "done"));
        String id = crashedRun(d);
        new Recovery(store, bus, Clock.systemUTC(), r -> d).recover("node-1");
        assertThat(store.task(id, "busy").orElseThrow().status()).isEqualTo(TaskStatus.FAILED);
    }

    @Test
    void resumedRunFinishesWithoutRerunningCompletedTasks() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 2, shell("done", "echo again"),
                withRetry(shell("busy", "cat \"$CIS_UPSTREAM_DIR/done.txt\"", "done"), 1, 0));
        String id = crashedRun(d);
        CisHome h = CisHome.at(home);
        try (RunExecutor ex = new RunExecutor(store, bus, AgentProfiles.builtins(), new AgentLauncher(), h, "node-1",
                Clock.systemUTC(), r -> d)) {
            for (String run : new Recovery(store, bus, Clock.systemUTC(), r -> d).recover("node-1")) {
                assertThat(ex.execute(run).get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.COMPLETED);
            }
        }
        assertThat(store.attempts(id, "done")).hasSize(1);
        assertThat(store.attempts(id, "busy")).hasSize(2);
        assertThat(store.attempt(new AttemptKey(id, "busy", 2)).orElseThrow().output()).isEqualTo("done-output");
    }
}
