package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.Fx;
import dev.cis.ui.testing.LiveNode;
import dev.cis.ui.testing.LiveWindow;
import java.nio.file.Path;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LiveDashboardTest {

    @TempDir
    Path dir;

    private LiveWindow live;

    @Start
    void start(Stage stage) throws Exception {
        live = LiveWindow.show(stage, dir.resolve("home"));
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void aRunStartedFromTheWindowIsShownAndFollowedToTheEnd() throws Exception {
        Path flow = LiveNode.writeDag(dir, "flow.toml", """
                [dag]
                name = "flow"
                default_agent = "fake-agent"

                [[dag.tasks]]
                id = "plan"
                prompt = "Plan it. [output: planned]"

                [[dag.tasks]]
                id = "build"
                prompt = "Build it. [print-lines 3]"
                deps = ["plan"]
                """);
        live.run(flow);
        Fx.await(60, "every task completed", () -> live.model().graph().count(TaskStatus.COMPLETED) == 2);
        Fx.await(10, "the run listed as completed", () -> live.model().runs().selectedRun()
                .map(r -> r.completedTasks() == 2 && !r.isActive()).orElse(false));
    }

    @Test
    void theFileJustRunIsFirstInTheRunMenu(FxRobot robot) throws Exception {
        Path flow = LiveNode.writeDag(dir, "hello.toml", """
                [dag]
                name = "hello"

                [[dag.tasks]]
                id = "hello"
                agent = "shell"
                command = "echo hello"
                """);
        live.run(flow);
        SplitMenuButton menu = robot.lookup("#run-dag").queryAs(SplitMenuButton.class);
        assertThat(Fx.get(() -> menu.getItems().get(0).getText())).startsWith("hello.toml");
        MenuItem first = Fx.get(() -> menu.getItems().get(0));
        Fx.run(first::fire);
        Fx.await(30, "a second run of hello", () -> live.model().runs().runCount() == 2);
    }

    @Test
    void aDagFileWithErrorsIsExplainedInADialogAndNothingRuns(FxRobot robot) throws Exception {
        Path broken = LiveNode.writeDag(dir, "broken.toml", """
                [dag]
                name = "broken"

                [[dag.tasks]]
                id = "plan"
                prompt = "Plan it."
                depz = ["a"]
                """);
        Fx.run(() -> live.window().runDag(broken));
        Fx.await(20, "the problem dialog", () -> robot.lookup("#problem-details").tryQuery().isPresent());
        String details = robot.lookup("#problem-details").queryAs(TextArea.class).getText();
        assertThat(details).containsPattern("broken\\.toml:7:1: error: .*depz").contains("Nothing was started");
        assertThat(live.node().store().listRuns(0)).isEmpty();
        robot.clickOn("OK");
    }
}
