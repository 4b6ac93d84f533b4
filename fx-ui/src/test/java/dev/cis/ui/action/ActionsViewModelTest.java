package dev.cis.ui.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.ui.graph.ElkGraphLayouter;
import dev.cis.ui.graph.GraphViewModel;
import dev.cis.ui.graph.TaskState;
import dev.cis.ui.run.RunListViewModel;
import dev.cis.ui.run.RunSummary;
import dev.cis.ui.testing.LiveNode;
import dev.cis.ui.testing.TestDags;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The actions without a window: what is offered when, and what doing it does on a real node. */
class ActionsViewModelTest {

    @TempDir
    Path dir;

    private LiveNode node;
    private GraphViewModel graph;
    private RunListViewModel runs;
    private Questions questions;
    private ActionsViewModel actions;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        node = LiveNode.open(dir.resolve("home"));
        graph = new GraphViewModel(new ElkGraphLayouter(), Runnable::run, Runnable::run);
        runs = new RunListViewModel();
        questions = new Questions();
        actions = new ActionsViewModel(graph, runs, questions, messages::add, Runnable::run);
        actions.connect(node.node(), node.engine().loader(), RecentFiles.under(dir), node.services().io());
    }

    @AfterEach
    void tearDown() {
        node.close();
    }

    /** Shows run {@code r1} of the flow DAG with {@code task} in {@code status}, selected. */
    private void show(RunStatus runStatus, String task, TaskStatus status, int attempt) {
        runs.setRuns(List.of(new RunSummary("r1", "flow", runStatus, Instant.now(), null, 0, 3, 0, "n")));
        runs.select("r1");
        graph.setDag(TestDags.of("flow", "plan", "build:plan", "ship:build"));
        graph.applyTaskState(task, new TaskState(status, attempt, attempt > 0 ? Instant.now() : null, null, null));
        graph.select(task);
    }

    @Test
    void nothingIsOfferedBeforeTheWindowIsConnected() {
        ActionsViewModel off = new ActionsViewModel(graph, runs, questions, messages::add, Runnable::run);
        runs.setRuns(List.of(new RunSummary("r1", "flow", RunStatus.RUNNING, Instant.now(), null, 0, 3, 0, "n")));
        runs.select("r1");
        assertThat(off.connectedProperty().get()).isFalse();
        assertThat(off.canCancelProperty().get()).isFalse();
    }

    @Test
    void approveIsOfferedOnlyForATaskWaitingForApproval() {
        show(RunStatus.RUNNING, "ship", TaskStatus.WAITING_APPROVAL, 0);
        assertThat(actions.canApproveProperty().get()).isTrue();
        assertThat(actions.canOpenTerminalProperty().get()).as("it has not started").isFalse();
        graph.applyTaskState("ship", new TaskState(TaskStatus.RUNNING, 1, Instant.now(), null, null));
        assertThat(actions.canApproveProperty().get()).isFalse();
        assertThat(actions.canOpenTerminalProperty().get()).isTrue();
        assertThat(actions.canKillProperty().get()).isTrue();
    }

    @Test
    void aBlockedTaskOffersAnswersFromItsQuestion() {
        show(RunStatus.RUNNING, "build", TaskStatus.BLOCKED, 1);
        assertThat(actions.canAnswerProperty().get()).isTrue();
        assertThat(actions.questionProperty().get()).isNull();
        questions.put(new Question("r1:build:1", "r1", "build", "asks: Go? (y/n)", "pattern:yes_no", List.of(),
                List.of("y", "n")));
        assertThat(actions.questionProperty().get().reason()).isEqualTo("asks: Go? (y/n)");
        questions.removeSession("r1:build:1");
        assertThat(actions.questionProperty().get()).isNull();
    }

    @Test
    void cancelIsOfferedForAnActiveRunAndRetryForAFinishedOne() {
        show(RunStatus.RUNNING, "plan", TaskStatus.COMPLETED, 1);
        assertThat(actions.canCancelProperty().get()).isTrue();
        assertThat(actions.canRetryProperty().get()).isFalse();
        runs.upsertRun(new RunSummary("r1", "flow", RunStatus.FAILED, Instant.now(), Instant.now(), 1, 3, 0, "n"));
        assertThat(actions.canCancelProperty().get()).isFalse();
        assertThat(actions.canRetryProperty().get()).isTrue();
    }

    @Test
    void aDagFileWithErrorsIsRefusedWithLineAndColumnAndNothingRuns() throws Exception {
        Path broken = LiveNode.writeDag(dir, "broken.toml", """
                [dag]
                name = "broken"

                [[dag.tasks]]
                id = "plan"
                prompt = "Plan it."
                deps = ["nowhere"]
                """);
        assertThatThrownBy(() -> actions.launch(broken).get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        ActionProblem p = actions.problemProperty().get();
        assertThat(p.title()).isEqualTo("Cannot run broken.toml: 1 error");
        assertThat(p.details()).containsPattern("broken\\.toml:7:\\d+: error: .*nowhere").contains("Nothing was started");
        assertThat(node.store().listRuns(0)).isEmpty();
        assertThat(actions.recentFiles().orElseThrow().files()).isEmpty();
    }

    @Test
    void aValidFileRunsIsRememberedAndItsRunSelectedWhenListed() throws Exception {
        Path flow = LiveNode.writeDag(dir, "flow.toml", """
                [dag]
                name = "flow"

                [[dag.tasks]]
                id = "hello"
                agent = "shell"
                command = "echo hello"
                """);
        String runId = actions.launch(flow).get(30, TimeUnit.SECONDS);
        assertThat(node.store().findRun(runId)).isPresent();
        assertThat(messages).last().asString().startsWith("Started flow (1 task), run " + runId);
        assertThat(actions.recentFiles().orElseThrow().files()).containsExactly(flow.toAbsolutePath());
        runs.upsertRun(new RunSummary(runId, "flow", RunStatus.RUNNING, Instant.now(), null, 0, 1, 0, "n"));
        assertThat(runs.selectedRunIdProperty().get()).isEqualTo(runId);
    }

    @Test
    void approvingAGatedTaskRunsIt() throws Exception {
        Path gated = LiveNode.writeDag(dir, "gated.toml", """
                [dag]
                name = "gated"

                [[dag.tasks]]
                id = "ship"
                agent = "shell"
                command = "echo shipped"
                level = { type = "confirmed" }
                """);
        String runId = actions.launch(gated).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.store().task(runId, "ship")
                .map(t -> t.status() == TaskStatus.WAITING_APPROVAL).orElse(false));
        runs.setRuns(List.of(new RunSummary(runId, "gated", RunStatus.RUNNING, Instant.now(), null, 0, 1, 0, "n")));
        runs.select(runId);
        graph.setDag(node.engine().loader().load(gated).dag());
        graph.applyTaskState("ship", new TaskState(TaskStatus.WAITING_APPROVAL, 0, null, null, null));
        graph.select("ship");

        actions.approve(ApprovalDecision.APPROVE).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.store().task(runId, "ship")
                .map(t -> t.status() == TaskStatus.COMPLETED).orElse(false));
        assertThat(node.store().approvals(runId, "ship")).extracting(a -> a.decision())
                .containsExactly(ApprovalDecision.APPROVE);
    }

    @Test
    void aRefusalOfTheNodeBecomesAProblemToShow() {
        show(RunStatus.RUNNING, "build", TaskStatus.RUNNING, 1);
        assertThatThrownBy(() -> actions.killSession().get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        assertThat(actions.problemProperty().get().details()).contains("no live session r1:build:1");
        actions.clearProblem();
        assertThat(actions.problemProperty().get()).isNull();
    }

    /** Launches {@code toml} and shows its run once {@code task} is in {@code status}, selected. */
    private String launchAndShow(String name, String toml, String task, TaskStatus status) throws Exception {
        Path f = LiveNode.writeDag(dir, name + ".toml", toml);
        String runId = actions.launch(f).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> node.store().task(runId, task)
                .map(t -> t.status() == status).orElse(false));
        var rec = node.store().findRun(runId).orElseThrow();
        runs.setRuns(List.of(new RunSummary(runId, name, rec.status(), Instant.now(), null, 0, 1, 0, "n")));
        runs.select(runId);
        graph.setDag(node.engine().loader().load(f).dag());
        for (var t : node.store().tasks(runId)) {
            graph.applyTaskState(t.taskId(), new TaskState(t.status(), t.attempt(), null, null, null));
        }
        graph.select(task);
        return runId;
    }

    private static final String SLOW = """
            [dag]
            name = "slow"

            [[dag.tasks]]
            id = "wait"
            agent = "shell"
            command = "sleep 60"
            """;

    @Test
    void killingASessionFailsItsAttempt() throws Exception {
        String runId = launchAndShow("slow", SLOW, "wait", TaskStatus.RUNNING);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.isLive(runId + ":wait:1"));
        actions.killSession().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.store().task(runId, "wait")
                .map(t -> t.status() == TaskStatus.FAILED).orElse(false));
        assertThat(node.store().attempts(runId, "wait").get(0).reason()).contains("killed by a person");
        assertThat(messages).last().asString().isEqualTo("Killed the session of wait");
    }

    @Test
    void cancellingTheRunStopsItsSessions() throws Exception {
        String runId = launchAndShow("slow", SLOW, "wait", TaskStatus.RUNNING);
        actions.cancelRun().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.store().findRun(runId)
                .map(r -> r.status() == RunStatus.CANCELLED).orElse(false));
        assertThat(node.store().task(runId, "wait").orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void retryingFromAFailedTaskRunsItAndItsDependentsAgain() throws Exception {
        Path marker = dir.resolve("second-time");
        String toml = """
                [dag]
                name = "flaky"

                [[dag.tasks]]
                id = "first"
                agent = "shell"
                command = "test -e '%s' || { touch '%s'; exit 3; }"

                [[dag.tasks]]
                id = "then"
                agent = "shell"
                command = "echo then"
                deps = ["first"]
                """.formatted(marker, marker);
        String runId = launchAndShow("flaky", toml, "first", TaskStatus.FAILED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.store().findRun(runId)
                .map(r -> r.status() == RunStatus.FAILED).orElse(false));
        runs.upsertRun(new RunSummary(runId, "flaky", RunStatus.FAILED, Instant.now(), Instant.now(), 1, 2, 0, "n"));
        assertThat(actions.canRetryProperty().get()).isTrue();

        assertThat(actions.retryFromHere().get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder("first", "then");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> node.store().findRun(runId)
                .map(r -> r.status() == RunStatus.COMPLETED).orElse(false));
        assertThat(node.store().attempts(runId, "first")).hasSize(2);
        assertThat(messages).last().asString().startsWith("Retrying 2 tasks");
    }
}
