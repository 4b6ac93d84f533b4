package dev.cis.app.gui;

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

    @Test
    void closingTheWindowRemembersItsLookUnderCisHome() throws Exception {
        FxRuntime.useHeadless(1400, 900);
        FxRuntime.start();
        GuiServices services = GuiServices.at(home);
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
