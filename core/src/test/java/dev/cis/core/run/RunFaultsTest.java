package dev.cis.core.run;

import static dev.cis.core.run.TestDags.dag;
import static dev.cis.core.run.TestDags.shell;
import static dev.cis.core.run.TestDags.withRetry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Policy;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.RunFinished;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.AttemptStatus;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.session.Await;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that fails in the middle of a run never leaves the run running with nothing live. */
class RunFaultsTest {

    @TempDir
    Path home;

    private RunStore real;
    private FaultyStore faulty;
    private EventBus bus;
    private RunExecutor executor;
    private final List<CisEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        CisHome h = CisHome.at(home).ensureCreated();
        real = SqliteRunStore.open(h);
        faulty = new FaultyStore(real);
        bus = new EventBus();
        bus.subscribe(events::add);
        executor = new RunExecutor(faulty.store, bus, AgentProfiles.builtins(), new AgentLauncher(), h, "test-node",
                Clock.systemUTC(), r -> {
                    throw new IllegalStateException("the DAG source is gone");
                });
    }

    @AfterEach
    void tearDown() {
        executor.close();
        bus.close();
        real.close();
    }

    @Test
    void aStoreErrorWhilePlanningEndsTheRunFailedWithTheReason() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 1, shell("a", "true"), shell("b", "true"));
        String id = executor.create(d, "").id();
        faulty.failOn("setTaskStatus", 1); // b waits for the one worker slot: it becomes ready

        RunStatus end = executor.execute(id).get(30, TimeUnit.SECONDS);

        assertThat(end).isEqualTo(RunStatus.FAILED);
        assertThat(executor.isExecuting(id)).isFalse();
        assertThat(real.findRun(id).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        assertThat(real.findRun(id).orElseThrow().reason()).contains("internal error").contains("SQLITE_BUSY");
        assertThat(real.tasks(id)).allSatisfy(t -> assertThat(t.status().isTerminal()).isTrue());
    }

    @Test
    void aStoreErrorWhenAnAttemptBeginsFailsThatAttemptAndTheRetryRuns() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withRetry(shell("a", "echo ok"), 1, 0));
        String id = executor.create(d, "").id();
        faulty.failOn("setAttemptPid", 1);

        assertThat(executor.execute(id).get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.COMPLETED);

        var first = real.attempt(new AttemptKey(id, "a", 1)).orElseThrow();
        assertThat(first.status()).isEqualTo(AttemptStatus.FAILED);
        assertThat(first.reason()).contains("internal error while recording the start of the session")
                .contains("SQLITE_BUSY");
        assertThat(real.attempt(new AttemptKey(id, "a", 2)).orElseThrow().status()).isEqualTo(AttemptStatus.COMPLETED);
    }

    @Test
    void whenTheStoreCannotRecordTheEndTheRunStillEndsAndSaysSo() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, shell("a", "true"));
        String id = executor.create(d, "").id();
        faulty.failOn("endAttempt", 100).failOn("setTaskStatus", 100).failOn("setRunStatus", 100);

        assertThat(executor.execute(id).get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.FAILED);

        assertThat(executor.isExecuting(id)).isFalse();
        Await.until("the run's end on the bus", Duration.ofSeconds(10),
                () -> events.stream().anyMatch(RunFinished.class::isInstance));
        assertThat(events).filteredOn(RunFinished.class::isInstance).map(RunFinished.class::cast)
                .singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(RunStatus.FAILED);
                    assertThat(f.reason()).contains("internal error").contains("SQLITE_BUSY");
                });
    }

    @Test
    void aRunWhoseDagCannotBeReadEndsFailedInsteadOfStayingRunning() throws Exception {
        String id = real.createRun(dag(Policy.ALL_SUCCESS, 4, shell("a", "true")), "", "test-node").id();

        assertThat(executor.execute(id).get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.FAILED);

        assertThat(real.findRun(id).orElseThrow().reason()).isEqualTo("its DAG cannot be read: the DAG source is gone");
        assertThat(real.task(id, "a").orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void anotherRunIsServedAfterOneFailed() throws Exception {
        String broken = executor.create(dag(Policy.ALL_SUCCESS, 1, shell("a", "true"), shell("b", "true")), "").id();
        faulty.failOn("setTaskStatus", 1);
        assertThat(executor.execute(broken).get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.FAILED);

        String healthy = executor.create(dag(Policy.ALL_SUCCESS, 4, shell("a", "true")), "").id();
        assertThat(executor.execute(healthy).get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.COMPLETED);
    }
}
