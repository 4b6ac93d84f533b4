package dev.cis.app.gui;

import dev.cis.app.node.NodeStopper;
import dev.cis.core.config.CisHome;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.ui.main.WindowState;
import dev.cis.ui.main.WindowStateFile;
import dev.cis.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopGuiTest {

    @TempDir
    Path home;

    /** The window starts the node of its cis home when none runs; the node outlives the window, so stop it. */
    @AfterEach
    void stopNodes() throws Exception {
        for (Path h : new Path[] {home, home.resolve("home")}) {
            if (Files.isDirectory(h.resolve("run"))) {
                new NodeStopper().stop(CisHome.at(h), true, Duration.ofSeconds(30));
            }
        }
    }

    @Test
    void closingTheWindowRemembersItsLookUnderCisHome() throws Exception {
        FxRuntime.useHeadless(1400, 900);
        FxRuntime.start();
        GuiServices services = GuiServices.at(home).withNodes(InProcessNode::open);
        CompletableFuture<Stage> shown = FxRuntime.call(DesktopGuiTest::whenAWindowShows).thenCompose(f -> f);
        CompletableFuture<Void> ran = CompletableFuture.runAsync(() -> {
            try {
                new DesktopGui(services).run(Optional.empty(), Optional.empty(), Optional.of(Theme.DARK));
            } catch (InterruptedException e) {
                throw new CompletionException(e);
            }
        });
        Stage stage = shown.get(60, TimeUnit.SECONDS);
        assertThat(FxRuntime.call(stage::getTitle).get(10, TimeUnit.SECONDS)).isEqualTo("cis");
        FxRuntime.call(() -> {
            stage.hide();
            return null;
        }).get(10, TimeUnit.SECONDS);
        ran.get(30, TimeUnit.SECONDS);
        WindowState saved = WindowStateFile.under(home).load().orElseThrow();
        assertThat(saved.theme()).isEqualTo(Theme.DARK);
        assertThat(saved.width()).isGreaterThanOrEqualTo(WindowState.MIN_WIDTH);
    }

    @Test
    void aDagFileGivenToTheWindowIsRunAndItsRunShown() throws Exception {
        FxRuntime.useHeadless(1400, 900);
        FxRuntime.start();
        Path dag = home.resolve("flow.toml");
        java.nio.file.Files.writeString(dag, """
                [dag]
                name = "flow"

                [[dag.tasks]]
                id = "hello"
                agent = "shell"
                command = "echo hello"
                """);
        Path cisHome = home.resolve("home");
        CompletableFuture<Stage> shown = FxRuntime.call(DesktopGuiTest::whenAWindowShows).thenCompose(f -> f);
        CompletableFuture<Void> ran = CompletableFuture.runAsync(() -> {
            try {
                new DesktopGui(GuiServices.at(cisHome)).run(Optional.of(dag), Optional.of("hello"),
                        Optional.empty());
            } catch (InterruptedException e) {
                throw new CompletionException(e);
            }
        });
        Stage stage = shown.get(60, TimeUnit.SECONDS);
        try {
            Poll.until(60, "the run's graph shown",
                    () -> FxRuntime.call(stage::getTitle).get(10, TimeUnit.SECONDS).equals("flow \u2014 cis"));
            try (var store = dev.cis.core.store.SqliteRunStore.open(dev.cis.core.config.CisHome.at(cisHome))) {
                Poll.until(60, "the run completed", () -> store.listRuns(0).stream()
                        .anyMatch(o -> o.run().dagName().equals("flow") && o.summary().completed() == 1));
            }
        } finally {
            FxRuntime.call(() -> {
                stage.hide();
                return null;
            }).get(10, TimeUnit.SECONDS);
        }
        ran.get(30, TimeUnit.SECONDS);
    }

    /** Completes with the first stage that shows (the window list changes on the FX thread). */
    private static CompletableFuture<Stage> whenAWindowShows() {
        CompletableFuture<Stage> f = new CompletableFuture<>();
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (w instanceof Stage s) {
                        f.complete(s);
                    }
                }
            }
        });
        return f;
    }
}
