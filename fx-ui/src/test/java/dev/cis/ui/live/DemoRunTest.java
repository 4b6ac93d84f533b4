package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.Fx;
import dev.cis.ui.testing.LiveNode;
import dev.cis.ui.testing.LiveWindow;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The tour of the demo DAG, driven through the window: it runs, the frontend agent asks a question and the node
 * finds it blocked, the answer given in the inspector lets it finish, the release gate is approved, and every task ends
 * green.
 */
@ExtendWith(ApplicationExtension.class)
class DemoRunTest {

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
    void theDemoRunsToAllGreenAfterAnsweringFrontendAndApprovingRelease(FxRobot robot) throws Exception {
        String run = live.run(LiveNode.example("demo.toml"));
        live.awaitStatus("frontend", TaskStatus.BLOCKED, 60);
        Fx.await(10, "the status bar counting the blocked task",
                () -> robot.lookup("#status-blocked").queryAs(Label.class).getText().equals("1 task needs you"));
        assertThat(Fx.get(() -> live.model().runs().selectedRun().orElseThrow().blockedTasks())).isEqualTo(1);

        robot.clickOn(live.onScreen("frontend"));
        Fx.await(10, "the question shown in the inspector",
                () -> robot.lookup("#question-card").query().isVisible());
        assertThat(robot.lookup("#question-reason").queryAs(Label.class).getText()).contains("footer.tsx");
        robot.clickOn("#answer-yes-y");
        live.awaitStatus("frontend", TaskStatus.COMPLETED, 30);
        assertThat(live.node().recording(run, "frontend", 1)).as("answered, not gone on by itself after 30 s")
                .contains("footer.tsx? (y/n)").doesNotContain("nobody answered");

        live.awaitStatus("release", TaskStatus.WAITING_APPROVAL, 60);
        robot.clickOn(live.onScreen("release"));
        Fx.await(10, "the approval card", () -> robot.lookup("#approve").query().isVisible());
        robot.clickOn("#approve");

        Fx.await(60, "every task completed", () -> live.model().graph().count(TaskStatus.COMPLETED) == 7);
        Fx.await(10, "the run listed as completed", () -> live.model().runs().selectedRun()
                .map(r -> !r.isActive() && r.completedTasks() == 7).orElse(false));
        assertThat(robot.lookup("#status-blocked").queryAs(Label.class).getText()).isEqualTo("No blocked tasks");
    }
}
