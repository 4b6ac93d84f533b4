package dev.cis.ui.main;

import dev.cis.ui.window.MainWindow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.ui.testing.TestDags;
import dev.cis.ui.theme.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class OpenDagTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private MainWindowViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = MainWindowViewModel.create(pool, Platform::runLater, Clock.systemUTC());
        DagFileOpener opener = file -> {
            if (file.toString().equals("flow.toml")) {
                return TestDags.of("flow", "a", "b:a");
            }
            throw new DagOpenException(file + ":3:7: unknown key 'dependz' (did you mean 'deps'?)");
        };
        window = MainWindow.create(model, Optional.of(opener), pool);
        WindowState d = WindowState.defaults();
        window.show(stage, new WindowState(0, 0, 1100, 700, false, d.runsDivider(), d.inspectorDivider(),
                d.terminalDivider(), Theme.LIGHT), s -> { });
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theOpenButtonShowsWhenTheAppCanReadDagFiles(FxRobot robot) {
        assertThat(robot.lookup("#open-dag").queryAs(Button.class).isVisible()).isTrue();
    }

    @Test
    void anOpenedFileIsShownAsAGraph(FxRobot robot) throws Exception {
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.view().open(Path.of("flow.toml"))));
        opened.get().get(30, TimeUnit.SECONDS);
        model.graph().layoutApplied().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.graph().taskCount()).isEqualTo(2);
        assertThat(model.statusMessageProperty().get()).isEqualTo("Opened flow (2 tasks)");
    }

    @Test
    void aFileWithErrorsIsExplainedInADialog(FxRobot robot) throws Exception {
        AtomicReference<java.util.concurrent.CompletableFuture<Void>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(window.view().open(Path.of("bad.toml"))));
        opened.get().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("bad.toml:3:7: unknown key 'dependz' (did you mean 'deps'?)");
        assertThat(model.statusMessageProperty().get()).isEqualTo("Could not open bad.toml");
        assertThat(model.graph().dagProperty().get()).isNull();
    }
}
