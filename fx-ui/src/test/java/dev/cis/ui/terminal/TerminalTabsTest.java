package dev.cis.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.Fx;
import dev.cis.ui.testing.LiveNode;
import dev.cis.ui.testing.LiveWindow;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Terminals of tasks, opened from the graph, a notice or the keyboard, live or from the recording. */
@ExtendWith(ApplicationExtension.class)
class TerminalTabsTest {

    private static final String FLOW = """
            [dag]
            name = "flow"
            default_agent = "fake-agent"

            [[dag.tasks]]
            id = "hello"
            prompt = "Say hello. [print-lines 2] [output: hello from the recording]"

            [[dag.tasks]]
            id = "ask"
            prompt = "Ask first. [ask: Apply these changes? (y/n)] [output: applied]"

            [[dag.tasks]]
            id = "slow"
            prompt = "Take your time. [sleep 60]"
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

    private void runFlow() throws Exception {
        run = live.run(LiveNode.writeDag(dir, "flow.toml", FLOW));
    }

    private CisTerminalWidget awaitTerminal(String task, int attempt) {
        String session = run + ":" + task + ":" + attempt;
        Fx.await(20, "the terminal of " + session, () -> live.window().terminals().orElseThrow().widget(session)
                .isPresent());
        return Fx.get(() -> live.window().terminals().orElseThrow().widget(session).orElseThrow());
    }

    private static void awaitText(CisTerminalWidget w, String text) {
        Fx.await(20, "'" + text + "' in the terminal", () -> w.allText().contains(text));
    }

    @Test
    void doubleClickingAFinishedTaskShowsItsRecordingWithItsOutput(FxRobot robot) throws Exception {
        runFlow();
        live.awaitStatus("hello", TaskStatus.COMPLETED, 60);
        robot.doubleClickOn(live.onScreen("hello"), MouseButton.PRIMARY);
        CisTerminalWidget w = awaitTerminal("hello", 1);
        awaitText(w, "hello from the recording");
        assertThat(w.allText()).contains("recording of " + run + ":hello:1").contains("end of the recording");
        assertThat(robot.lookup(".terminal-recording").tryQuery()).isPresent();
    }

    @Test
    void theNoticeOfABlockedTaskOpensItsTerminalWhereTypingYesCompletesIt(FxRobot robot) throws Exception {
        runFlow();
        live.awaitStatus("ask", TaskStatus.BLOCKED, 60);

        Fx.await(10, "a notice about the blocked task", () -> robot.lookup(".notice-blocked").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".notice-blocked").queryAs(Node.class));
        CisTerminalWidget w = awaitTerminal("ask", 1);
        awaitText(w, "Apply these changes? (y/n)");
        assertThat(Fx.get(() -> live.model().graph().selectedTaskIdProperty().get())).isEqualTo("ask");

        Fx.run(w::focus);
        robot.targetWindow(live.window().scene().getWindow());
        robot.write("y");
        robot.type(KeyCode.ENTER);
        live.awaitStatus("ask", TaskStatus.COMPLETED, 30);
        awaitText(w, "the program exited with code 0");
    }

    @Test
    void enterOnTheSelectedTaskAttachesToItsLiveSessionAndClosingTheTabLeavesItRunning(FxRobot robot)
            throws Exception {
        runFlow();
        String session = run + ":slow:1";
        live.awaitStatus("slow", TaskStatus.RUNNING, 60);
        live.node().awaitScreen(session, "Reading the task", 30);
        robot.clickOn(live.onScreen("slow"));
        robot.type(KeyCode.ENTER);
        CisTerminalWidget w = awaitTerminal("slow", 1);
        awaitText(w, "Reading the task");
        assertThat(robot.lookup(".terminal-live").tryQuery()).isPresent();

        Fx.run(() -> live.window().terminals().orElseThrow().closeSelected());
        assertThat(Fx.get(() -> live.window().terminals().orElseThrow().count())).isZero();
        assertThat(live.node().isLive(session)).as("the session goes on after its tab closed").isTrue();
        assertThat(live.status("slow")).isEqualTo(TaskStatus.RUNNING);
    }

    @Test
    void theContextMenuOfATaskOpensItsTerminal(FxRobot robot) throws Exception {
        runFlow();
        live.awaitStatus("hello", TaskStatus.COMPLETED, 60);
        robot.clickOn(live.onScreen("hello"), MouseButton.SECONDARY);
        Fx.await(10, "the task menu", () -> robot.lookup("Open terminal").tryQuery().isPresent());
        robot.clickOn("Open terminal");
        awaitTerminal("hello", 1);
        assertThat(robot.lookup("#terminal-tabs").queryAs(TabPane.class).getTabs()).hasSize(1);
    }

    @Test
    void theKeyboardShortcutOpensTheSelectedTasksTerminalAndAnotherClosesIt(FxRobot robot) throws Exception {
        runFlow();
        live.awaitStatus("hello", TaskStatus.COMPLETED, 60);
        robot.clickOn(live.onScreen("hello"));
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        awaitTerminal("hello", 1);
        robot.clickOn(live.onScreen("hello"));
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        Fx.await(10, "the tab closed", () -> live.window().terminals().orElseThrow().count() == 0);
    }

    @Test
    void aTerminalHasTheColoursOfTheWindowsThemeAndChangesWithIt(FxRobot robot) throws Exception {
        runFlow();
        live.awaitStatus("hello", TaskStatus.COMPLETED, 60);
        robot.doubleClickOn(live.onScreen("hello"), MouseButton.PRIMARY);
        CisTerminalWidget w = awaitTerminal("hello", 1);
        awaitText(w, "hello from the recording");
        Fx.await(10, "a white terminal in the light theme", () -> background(w).equals(Color.web("#ffffff")));

        Fx.run(() -> live.model().toggleTheme());
        Fx.await(10, "a dark terminal in the dark theme", () -> background(w).equals(Color.web("#0d1117")));
    }

    /** The colour of the terminal's screen in its bottom right corner, where no text is. */
    private static Color background(CisTerminalWidget w) {
        Region pane = w.getPane();
        WritableImage image = pane.snapshot(null, null);
        return image.getPixelReader().getColor((int) (pane.getWidth() * 0.9), (int) (pane.getHeight() * 0.85));
    }
}
