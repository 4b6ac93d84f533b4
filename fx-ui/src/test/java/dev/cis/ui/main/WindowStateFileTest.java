package dev.cis.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateFileTest {

    @TempDir
    Path home;

    @Test
    void aSavedStateIsLoadedBack() {
        WindowStateFile file = WindowStateFile.under(home);
        WindowState s = new WindowState(10, 20, 1300, 800, true, 0.2, 0.7, 0.6, Theme.DARK);
        file.save(s);
        assertThat(file.load()).hasValue(s);
        assertThat(file.file()).isEqualTo(home.resolve("gui/window.properties"));
    }

    @Test
    void noFileMeansNoState() {
        assertThat(WindowStateFile.under(home).load()).isEmpty();
    }

    @Test
    void aBrokenFileIsIgnored() throws Exception {
        WindowStateFile file = WindowStateFile.under(home);
        Files.createDirectories(file.file().getParent());
        Files.writeString(file.file(), "width=wide\n");
        assertThat(file.load()).isEmpty();
    }

    @Test
    void aTooSmallSizeIsRaisedToTheMinimumAndBadDividersFallBack() throws Exception {
        WindowStateFile file = WindowStateFile.under(home);
        Files.createDirectories(file.file().getParent());
        Files.writeString(file.file(), "width=300\nheight=200\ndivider.runs=7\ntheme=purple\n");
        WindowState s = file.load().orElseThrow();
        assertThat(s.width()).isEqualTo(WindowState.MIN_WIDTH);
        assertThat(s.height()).isEqualTo(WindowState.MIN_HEIGHT);
        assertThat(s.runsDivider()).isEqualTo(WindowState.defaults().runsDivider());
        assertThat(s.theme()).isEqualTo(Theme.LIGHT);
        assertThat(s.hasPosition()).isFalse();
    }
}
