package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.SessionBlocked;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.GraphPalette;
import dev.cis.ui.testing.Fx;
import dev.cis.ui.testing.LiveNode;
import dev.cis.ui.testing.LiveWindow;
import dev.cis.ui.testing.TaskPicture;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A task whose agent asks a question, found blocked by the node's session monitor (nothing here reports it):
 * how the window shows it and answers it.
 */
@ExtendWith(ApplicationExtension.class)
class BlockedTaskTest {

    private static final String FLOW = """
            [dag]
            name = "asking"
            default_agent = "fake-agent"

            [[dag.tasks]]
            id = "ask"
            prompt = "Ask first. [ask: Apply these changes? (y/n)] [output: applied]"

            [[dag.tasks]]
            id = "work"
            prompt = "Work a while. [sleep 60]"
            """;

    @TempDir
    Path dir;

    private LiveWindow live;
    private String run;

    @Start
    void start(Stage stage) throws Exception {
        live = LiveWindow.show(stage, dir.resolve("home"));
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private void awaitAskBlocked() throws Exception {
        run = live.run(LiveNode.writeDag(dir, "asking.toml", FLOW));
        live.node().awaitEvent(SessionBlocked.class, b -> b.sessionId().equals(run + ":ask:1"), 60);
        live.awaitStatus("ask", TaskStatus.BLOCKED, 20);
    }

    @Test
    void aTaskWhoseAgentAsksIsShownAmberInTheGraphSayingItNeedsYou(FxRobot robot) throws Exception {
        awaitAskBlocked();
        live.awaitStatus("work", TaskStatus.RUNNING, 20);
        Color amber = GraphPalette.light().statusColor(TaskStatus.BLOCKED);

        TaskPicture ask = live.picture("ask");
        TaskPicture work = live.picture("work");
        assertThat(ask.count(0, 6, 4, ask.cardHeight() - 6, amber, 0.08)).as("the amber stripe of ask").isPositive();
        assertThat(work.count(amber, 0.08)).as("amber pixels of a running task").isZero();
        double w = ask.cardWidth();
        assertThat(ask.count(w - 80, 31, w - 10, 46, amber, 0.2)).as("the amber 'needs you' of ask").isGreaterThan(20);
        assertThat(work.count(w - 80, 31, w - 10, 46, amber, 0.2)).isZero();
        Fx.await(10, "the status bar counting the blocked task",
                () -> robot.lookup("#status-blocked").queryAs(Label.class).getText().equals("1 task needs you"));
    }

    @Test
    void theInspectorOfABlockedTaskShowsItsQuestionWithQuickAnswers(FxRobot robot) throws Exception {
        awaitAskBlocked();
        robot.clickOn(live.onScreen("ask"));
        Fx.await(10, "the question in the inspector", () -> robot.lookup("#question-card").query().isVisible());
        assertThat(robot.lookup("#inspector-status").queryAs(Label.class).getText()).isEqualTo("Blocked: needs you");
        assertThat(robot.lookup("#question-reason").queryAs(Label.class).getText())
                .isEqualTo("asks: Apply these changes? (y/n)");
        assertThat(Fx.get(() -> robot.lookup("#quick-answers").queryAs(Pane.class).getChildren().stream()
                .map(n -> ((Button) n).getText()).toList())).containsExactly("Yes (y)", "No (n)", "Enter");
    }

    @Test
    void theQuickAnswerYesLetsTheBlockedTaskGoOnToCompletion(FxRobot robot) throws Exception {
        awaitAskBlocked();
        robot.clickOn(live.onScreen("ask"));
        Fx.await(10, "the quick answers", () -> robot.lookup("#answer-yes-y").tryQuery().isPresent());
        robot.clickOn("#answer-yes-y");

        live.awaitStatus("ask", TaskStatus.COMPLETED, 30);
        Fx.await(10, "the question gone", () -> !live.model().questions().has(run, "ask"));
        assertThat(robot.lookup("#status-blocked").queryAs(Label.class).getText()).isEqualTo("No blocked tasks");
    }
}
