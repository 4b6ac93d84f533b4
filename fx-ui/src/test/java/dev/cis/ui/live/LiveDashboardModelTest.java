package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.action.Question;
import dev.cis.ui.graph.TaskState;
import dev.cis.ui.main.ConnectionState;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.notify.Notice;
import dev.cis.ui.run.RunListRow;
import dev.cis.ui.testing.LiveNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bridge from a real node to the view models, without a window: a single thread stands in for the UI thread,
 * and the test reads the view models on it.
 */
class LiveDashboardModelTest {

    @TempDir
    Path dir;

    private final ExecutorService ui = NamedThreads.single("test-ui");
    private final List<Notice> notices = new CopyOnWriteArrayList<>();
    private final List<String> openedTerminals = new CopyOnWriteArrayList<>();
    private LiveNode node;
    private MainWindowViewModel model;
    private LiveDashboard dashboard;

    @BeforeEach
    void setUp() throws Exception {
        node = LiveNode.open(dir.resolve("home"));
        model = onUi(() -> MainWindowViewModel.create(Runnable::run, ui, Clock.systemUTC()));
        LiveServices services = node.services();
        dashboard = onUi(() -> {
            model.actions().connect(services.node(), services.loader(), services.recent(), services.io());
            return new LiveDashboard(model, services, ui, notices::add,
                    (run, task) -> openedTerminals.add(run + ":" + task));
        });
    }

    @AfterEach
    void tearDown() {
        onUi(() -> {
            dashboard.close();
            return null;
        });
        ui.shutdownNow();
        node.close();
    }

    private <T> T onUi(Supplier<T> s) {
        try {
            return java.util.concurrent.CompletableFuture.supplyAsync(s, ui).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void await(String what, Supplier<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onUi(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not happen within 60 s", e);
        }
    }

    private void start() throws Exception {
        onUi(dashboard::start).get(30, TimeUnit.SECONDS);
    }

    private String submit(String name, String toml) throws Exception {
        Path f = LiveNode.writeDag(dir, name + ".toml", toml);
        var s = node.node().submit(f, Files.readString(f), true);
        assertThat(s.ok()).as(s.diagnostics().toString()).isTrue();
        return s.runId();
    }

    private static String shell(String name, String command) {
        return """
                [dag]
                name = "%s"

                [[dag.tasks]]
                id = "a"
                agent = "shell"
                command = "%s"

                [[dag.tasks]]
                id = "b"
                agent = "shell"
                command = "echo b"
                deps = ["a"]
                """.formatted(name, command);
    }

    private void awaitRunFinished(String run) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> node.store().findRun(run)
                .map(r -> r.status().isTerminal()).orElse(false));
    }

    @Test
    void theRunsListStartsFromTheStoreWithActiveRunsFirst() throws Exception {
        String done = submit("quick", shell("quick", "echo a"));
        awaitRunFinished(done);
        String running = submit("slow", shell("slow", "sleep 60"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.store().task(running, "a")
                .map(t -> t.status() == TaskStatus.RUNNING).orElse(false));
        start();
        List<RunListRow> rows = onUi(() -> List.copyOf(model.runs().rows()));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isEqualTo(new RunListRow.Section("Active", 1));
        assertThat(((RunListRow.Entry) rows.get(1)).run().runId()).isEqualTo(running);
        assertThat(((RunListRow.Entry) rows.get(3)).run().completedTasks()).isEqualTo(2);
        assertThat(onUi(() -> model.nodeStateProperty().get())).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void selectingARunShowsItsDagItsTaskStatesAndTheAttemptsOfTheSelectedTask() throws Exception {
        String run = submit("pair", shell("pair", "echo a-out"));
        awaitRunFinished(run);
        start();
        onUi(() -> {
            model.runs().select(run);
            return null;
        });
        await("the run's graph", () -> model.graph().dagProperty().get() != null
                && model.graph().state("b").map(TaskState::status).orElse(null) == TaskStatus.COMPLETED);
        onUi(() -> {
            model.graph().select("b");
            return null;
        });
        await("the attempts of b", () -> model.inspector().attempts().size() == 1);
        assertThat(onUi(() -> model.inspector().attempts().get(0))).startsWith("#1  completed, exit 0");
        assertThat(onUi(() -> model.inspector().promptSourceProperty().get())).isEqualTo("as given to attempt 1");
        assertThat(onUi(() -> model.inspector().outputProperty().get())).contains("b");
    }

    @Test
    void aBlockedSessionBecomesAQuestionAndANoticeThatOpensItsTerminal() throws Exception {
        start();
        String run = submit("asking", """
                [dag]
                name = "asking"
                default_agent = "fake-agent"

                [[dag.tasks]]
                id = "ask"
                prompt = "Ask. [ask: Deploy now? (y/n)]"
                """);
        await("the question", () -> model.questions().has(run, "ask"));
        Question q = onUi(() -> model.questions().of(run, "ask").orElseThrow());
        assertThat(q.reason()).isEqualTo("asks: Deploy now? (y/n)");
        assertThat(q.choices()).containsExactly("y", "n");
        Notice n = notices.stream().filter(x -> x.kind() == Notice.Kind.BLOCKED).findFirst().orElseThrow();
        assertThat(n.title()).isEqualTo("ask needs you");
        assertThat(n.text()).contains("Deploy now?").contains("asking");
        await("the run counting one blocked task", () -> model.runs().run(run)
                .map(r -> r.blockedTasks() == 1).orElse(false));

        onUi(() -> {
            n.onClick().run();
            return null;
        });
        assertThat(openedTerminals).containsExactly(run + ":ask");
        await("the run and its task selected", () -> run.equals(model.runs().selectedRunIdProperty().get())
                && "ask".equals(model.graph().selectedTaskIdProperty().get()));
    }

    @Test
    void answeringTheQuestionOfTheSelectedTaskLetsItGoOnAndTheQuestionGoes() throws Exception {
        start();
        String run = submit("asking", """
                [dag]
                name = "asking"
                default_agent = "fake-agent"

                [[dag.tasks]]
                id = "ask"
                prompt = "Ask. [ask: Deploy now? (y/n)] [output: deployed]"
                """);
        await("the question", () -> model.questions().has(run, "ask"));
        onUi(() -> {
            model.runs().select(run);
            return null;
        });
        await("the run's graph", () -> model.graph().dagProperty().get() != null);
        onUi(() -> {
            model.graph().select("ask");
            return null;
        });
        await("the answer offered", () -> model.actions().canAnswerProperty().get());
        onUi(() -> model.actions().answer("y\r")).get(30, TimeUnit.SECONDS);

        await("the question gone", () -> !model.questions().has(run, "ask"));
        await("the task completed", () -> model.graph().state("ask").map(TaskState::status).orElse(null)
                == TaskStatus.COMPLETED);
        assertThat(onUi(() -> model.runs().run(run).orElseThrow().blockedTasks())).isZero();
    }

    @Test
    void aFinishedRunIsAnnouncedWithItsCounts() throws Exception {
        start();
        String run = submit("pair", shell("pair", "echo a"));
        awaitRunFinished(run);
        await("the notice", () -> notices.stream().anyMatch(x -> x.kind() == Notice.Kind.COMPLETED));
        Notice n = notices.stream().filter(x -> x.kind() == Notice.Kind.COMPLETED).findFirst().orElseThrow();
        assertThat(n.title()).isEqualTo("pair completed");
        assertThat(n.text()).isEqualTo("2 of 2 tasks completed");
    }

    @Test
    void aBurstOfThousandsOfStatusChangesCostsAFewUiPulsesAndEndsInTheLastState() throws Exception {
        String run = submit("slow", shell("slow", "sleep 60"));
        start();
        onUi(() -> {
            model.runs().select(run);
            return null;
        });
        await("the run's graph", () -> model.graph().dagProperty().get() != null);
        long before = onUi(dashboard::batches);
        CountDownLatch hold = new CountDownLatch(1);
        ui.execute(() -> {
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        TaskStatus[] cycle = {TaskStatus.BLOCKED, TaskStatus.RUNNING};
        for (int i = 0; i < 3000; i++) {
            TaskStatus to = cycle[i % 2];
            node.engine().bus().publish(new TaskStatusChanged(Instant.now(), run, "b", cycle[(i + 1) % 2], to, 1,
                    null, null));
        }
        node.engine().bus().publish(new TaskStatusChanged(Instant.now(), run, "b", TaskStatus.RUNNING,
                TaskStatus.BLOCKED, 1, null, null));
        hold.countDown();
        await("the last state", () -> model.graph().state("b").map(TaskState::status).orElse(null)
                == TaskStatus.BLOCKED && model.runs().run(run).map(r -> r.blockedTasks() == 1).orElse(false));
        long pulses = onUi(dashboard::batches) - before;
        assertThat(pulses).as("UI pulses for 3,001 events").isLessThanOrEqualTo(10);
    }

    @Test
    void theDashboardFollowsTheNodeOnlyWhileTheWindowShows() throws Exception {
        javafx.beans.property.BooleanProperty showing = new javafx.beans.property.SimpleBooleanProperty(false);
        int before = node.engine().bus().subscriberCount();
        onUi(() -> {
            dashboard.bindTo(showing);
            showing.set(true);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.engine().bus().subscriberCount() == before + 1);
        onUi(() -> {
            showing.set(false);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> node.engine().bus().subscriberCount() == before);

        String run = submit("pair", shell("pair", "echo a"));
        awaitRunFinished(run);
        onUi(() -> {
            showing.set(true);
            return null;
        });
        await("the run that finished while hidden, read from the store", () -> model.runs().run(run)
                .map(r -> !r.isActive() && r.completedTasks() == 2).orElse(false));
        assertThat(notices).as("nothing is announced about what happened while hidden").isEmpty();
    }
}
