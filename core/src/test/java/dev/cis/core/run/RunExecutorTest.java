package dev.cis.core.run;

import dev.cis.core.session.Await;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunStatus;
import static dev.cis.core.run.TestDags.dag;
import static dev.cis.core.run.TestDags.shell;
import static dev.cis.core.run.TestDags.withAgent;
import static dev.cis.core.run.TestDags.withLevel;
import static dev.cis.core.run.TestDags.withRetry;
import static dev.cis.core.run.TestDags.withTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.AgentLauncher;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.config.CisHome;
import dev.cis.core.dag.Dag;
import dev.cis.core.dag.Level;
import dev.cis.core.dag.Policy;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.model.AttemptStatus;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunExecutorTest {

    @TempDir
    Path home;

    private RunStore store;
    private EventBus bus;
    private RunExecutor executor;
    private final List<CisEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        CisHome h = CisHome.at(home).ensureCreated();
        store = SqliteRunStore.open(h);
        bus = new EventBus();
        bus.subscribe(events::add);
        executor = new RunExecutor(store, bus, AgentProfiles.builtins(), new AgentLauncher(), h, "test-node",
                Clock.systemUTC(), r -> {
                    throw new IllegalStateException("not used");
                });
    }

    @AfterEach
    void tearDown() {
        executor.close();
        bus.close();
        store.close();
    }

    private RunStatus run(Dag dag) throws Exception {
        String id = executor.create(dag, "").id();
        lastRun = id;
        return executor.execute(id).get(60, TimeUnit.SECONDS);
    }

    private String lastRun;

    private AttemptRecord attempt(String task, int n) {
        return store.attempt(new AttemptKey(lastRun, task, n)).orElseThrow();
    }

    private TaskStatus status(String task) {
        return store.task(lastRun, task).orElseThrow().status();
    }

    private static void await(BooleanSupplier cond) throws InterruptedException {
        Await.until("a state of the run", Duration.ofSeconds(30), cond);
    }

    @Test
    void diamondJoinSeesUpstreamOutputsInDepsOrder() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4,
                shell("a", "echo alpha"),
                shell("b", "echo from-b", "a"),
                shell("c", "echo from-c", "a"),
                shell("join", "cat \"$CIS_CONTEXT_FILE\"", "c", "b"));
        assertThat(run(d)).isEqualTo(RunStatus.COMPLETED);
        String out = attempt("join", 1).output();
        assertThat(out).contains("### c (completed, exit 0)").contains("from-c").contains("from-b");
        assertThat(out.indexOf("### c")).isLessThan(out.indexOf("### b"));
    }

    @Test
    void shellCommandIsNeverChangedButUpstreamFilesAreGiven() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4,
                shell("a", "printf 'one\\ntwo'"),
                shell("b", "cat \"$CIS_UPSTREAM_DIR/a.txt\"", "a"));
        run(d);
        assertThat(attempt("b", 1).prompt()).isEqualTo("cat \"$CIS_UPSTREAM_DIR/a.txt\"");
        assertThat(attempt("b", 1).output()).isEqualTo("one\ntwo");
    }

    @Test
    void flakyTaskSucceedsOnALaterAttempt() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withRetry(shell("flaky", "test \"$CIS_ATTEMPT\" -ge 3"), 3, 0.05));
        assertThat(run(d)).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.attempts(lastRun, "flaky")).hasSize(3);
        assertThat(attempt("flaky", 1).reason()).isEqualTo("exited with code 1");
        assertThat(events).filteredOn(e -> e instanceof TaskStatusChanged t && t.to() == TaskStatus.RETRYING).hasSize(2);
    }

    @Test
    void failingBranchSkipsItsDependentsAndHealthyBranchFinishes() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4,
                shell("bad", "exit 4"), shell("after-bad", "echo never", "bad"),
                shell("good", "echo fine"), shell("after-good", "echo also", "good"));
        assertThat(run(d)).isEqualTo(RunStatus.FAILED);
        assertThat(status("bad")).isEqualTo(TaskStatus.FAILED);
        assertThat(attempt("bad", 1).exitCode()).isEqualTo(4);
        assertThat(status("after-bad")).isEqualTo(TaskStatus.SKIPPED);
        assertThat(status("after-good")).isEqualTo(TaskStatus.COMPLETED);
        assertThat(store.attempts(lastRun, "after-bad")).isEmpty();
    }

    @Test
    void taskOverItsTimeoutIsKilledAndFails() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withTimeout(shell("slow", "sleep 60"), 1));
        assertThat(run(d)).isEqualTo(RunStatus.FAILED);
        assertThat(attempt("slow", 1).reason()).contains("timed out after 1 s");
        assertThat(attempt("slow", 1).status()).isEqualTo(AttemptStatus.TIMED_OUT);
    }

    @Test
    void aTimedOutAttemptIsRetriedLikeAFailedOne() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withRetry(withTimeout(shell("slow", "test \"$CIS_ATTEMPT\" -ge 2 || sleep 60"),
                1), 1, 0));
        assertThat(run(d)).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.attempts(lastRun, "slow")).extracting(AttemptRecord::status)
                .containsExactly(AttemptStatus.TIMED_OUT, AttemptStatus.COMPLETED);
    }

    @Test
    void anArbitratedTaskStartsOnceAMajorityOfItsStakeholdersApproved() throws Exception {
        Level arbitrated = new Level(Level.Type.ARBITRATED, 0, Level.DefaultAction.EXECUTE,
                List.of("@ana:example.org", "@bo:example.org", "@cy:example.org"));
        Dag d = dag(Policy.ALL_SUCCESS, 4, withLevel(shell("ship", "echo shipped"), arbitrated));
        String id = executor.create(d, "").id();
        lastRun = id;
        var done = executor.execute(id);
        await(() -> status("ship") == TaskStatus.WAITING_APPROVAL);

        executor.approve(id, "ship", ApprovalDecision.APPROVE, "ana").get(5, TimeUnit.SECONDS);
        assertThat(status("ship")).isEqualTo(TaskStatus.WAITING_APPROVAL);
        assertThat(executor.approve(id, "ship", ApprovalDecision.APPROVE, "eve")).failsWithin(Duration.ofSeconds(5))
                .withThrowableThat().withMessageContaining("'eve' is not a stakeholder of task 'ship'");
        executor.approve(id, "ship", ApprovalDecision.APPROVE, "@cy:example.org").get(5, TimeUnit.SECONDS);

        assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.approvals(id, "ship")).extracting(a -> a.by())
                .containsExactly("@ana:example.org", "@cy:example.org");
    }

    @Test
    void aRetryOfTheRunGivesAFailedTaskAFreshBudget() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, withRetry(shell("flaky", "test \"$CIS_ATTEMPT\" -ge 4"), 1, 0));
        assertThat(run(d)).isEqualTo(RunStatus.FAILED);
        assertThat(store.attempts(lastRun, "flaky")).hasSize(2);

        assertThat(executor.rerun(lastRun, null, false).get(30, TimeUnit.SECONDS).done().get(30, TimeUnit.SECONDS))
                .isEqualTo(RunStatus.COMPLETED);
        assertThat(store.attempts(lastRun, "flaky")).hasSize(4);
        assertThat(store.task(lastRun, "flaky").orElseThrow().budgetFrom()).isEqualTo(2);
    }

    @Test
    void confirmedTaskWaitsForApproval() throws Exception {
        Level confirmed = new Level(Level.Type.CONFIRMED, 0, Level.DefaultAction.EXECUTE, List.of());
        Dag d = dag(Policy.ALL_SUCCESS, 4, withLevel(shell("deploy", "echo deployed"), confirmed));
        String id = executor.create(d, "").id();
        lastRun = id;
        var done = executor.execute(id);
        await(() -> status("deploy") == TaskStatus.WAITING_APPROVAL);
        assertThat(store.attempts(id, "deploy")).isEmpty();
        executor.approve(id, "deploy", ApprovalDecision.APPROVE, "tester").get(5, TimeUnit.SECONDS);
        assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.COMPLETED);
        assertThat(attempt("deploy", 1).output()).isEqualTo("deployed");
    }

    @Test
    void cancelKillsRunningSessionsAndMarksTheRunCancelled() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, shell("long", "sleep 60"), shell("next", "echo x", "long"));
        String id = executor.create(d, "").id();
        lastRun = id;
        var done = executor.execute(id);
        await(() -> status("long") == TaskStatus.RUNNING && !executor.liveAttempts().isEmpty());
        executor.cancel(id, "stopped by test");
        assertThat(done.get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(status("long")).isEqualTo(TaskStatus.CANCELLED);
        assertThat(status("next")).isEqualTo(TaskStatus.CANCELLED);
        assertThat(store.findRun(id).orElseThrow().reason()).isEqualTo("stopped by test");
    }

    @Test
    void maxWorkersBoundsTheSessionsRunningAtOnce() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 2, shell("a", "sleep 0.3"), shell("b", "sleep 0.3"), shell("c", "sleep 0.3"),
                shell("e", "sleep 0.3"));
        run(d);
        int running = 0;
        int max = 0;
        for (CisEvent e : events) {
            if (e instanceof TaskStatusChanged t) {
                if (t.to() == TaskStatus.RUNNING) {
                    running++;
                } else if (t.from() == TaskStatus.RUNNING) {
                    running--;
                }
                max = Math.max(max, running);
            }
        }
        assertThat(max).isEqualTo(2);
    }

    @Test
    void unknownExecutableFailsTheTaskWithAClearMessage() throws Exception {
        AgentProfiles profiles = AgentProfiles.fromConfig(Map.of("ghost",
                Map.of("extends", "shell", "executable", "no-such-agent-binary")));
        try (RunExecutor ex = new RunExecutor(store, bus, profiles, new AgentLauncher(), CisHome.at(home), "n",
                Clock.systemUTC(), r -> null)) {
            Dag d = dag(Policy.ALL_SUCCESS, 2, withRetry(withAgent(shell("t", "hello"), "ghost"), 3, 0));
            String id = ex.create(d, "").id();
            lastRun = id;
            assertThat(ex.execute(id).get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.FAILED);
            assertThat(store.attempts(id, "t")).hasSize(1);
            assertThat(attempt("t", 1).reason()).contains("no-such-agent-binary").contains("ghost").contains("PATH");
        }
    }

    @Test
    void agentTaskGetsUpstreamOutputInItsPrompt() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 2, shell("src", "echo the-facts"),
                withAgent(shell("ask", "Summarize. [output: summary done]", "src"), "fake-agent"));
        assertThat(run(d)).isEqualTo(RunStatus.COMPLETED);
        assertThat(attempt("ask", 1).prompt()).startsWith("Summarize.").contains("## Upstream task outputs")
                .contains("### src (completed, exit 0)\nthe-facts");
        assertThat(attempt("ask", 1).output()).contains("summary done");
    }

    @Test
    void rerunRunsOnlyTasksThatDidNotCompleteAndReusesStoredOutputs() throws Exception {
        Path flag = home.resolve("flag");
        Dag d = dag(Policy.ALL_SUCCESS, 4, shell("first", "echo first-output"),
                shell("gate", "test -e '" + flag + "'", "first"),
                shell("last", "cat \"$CIS_UPSTREAM_DIR/first.txt\"", "first", "gate"));
        assertThat(run(d)).isEqualTo(RunStatus.FAILED);
        assertThat(status("last")).isEqualTo(TaskStatus.SKIPPED);
        java.nio.file.Files.writeString(flag, "");
        assertThat(executor.rerun(lastRun, null, false).get(30, TimeUnit.SECONDS).done().get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.attempts(lastRun, "first")).hasSize(1);
        assertThat(store.attempts(lastRun, "gate")).hasSize(2);
        assertThat(attempt("last", 1).output()).isEqualTo("first-output");
    }

    @Test
    void rerunOfOneTaskWithDownstreamRunsThemAgain() throws Exception {
        Dag d = dag(Policy.ALL_SUCCESS, 4, shell("a", "echo a"), shell("b", "echo b", "a"), shell("c", "echo c", "b"));
        run(d);
        assertThat(executor.rerun(lastRun, "b", true).get(30, TimeUnit.SECONDS).done().get(30, TimeUnit.SECONDS)).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.attempts(lastRun, "a")).hasSize(1);
        assertThat(store.attempts(lastRun, "b")).hasSize(2);
        assertThat(store.attempts(lastRun, "c")).hasSize(2);
    }

    @Test
    void rerunOfACompletedRunWithoutATaskIsRefused() throws Exception {
        run(dag(Policy.ALL_SUCCESS, 4, shell("a", "true")));
        assertThat(executor.rerun(lastRun, null, false)).failsWithin(Duration.ofSeconds(10))
                .withThrowableThat().withMessageContaining("nothing to retry");
    }
}
