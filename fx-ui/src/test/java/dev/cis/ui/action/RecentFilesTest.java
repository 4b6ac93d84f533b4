package dev.cis.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void theLastFileRunComesFirstOnce() {
        RecentFiles recent = RecentFiles.under(dir);
        recent.add(dir.resolve("a.toml"));
        recent.add(dir.resolve("b.toml"));
        recent.add(dir.resolve("a.toml"));
        assertThat(recent.files()).containsExactly(dir.resolve("a.toml"), dir.resolve("b.toml"));
    }

    @Test
    void onlyTheNewestTenAreKept() {
        RecentFiles recent = RecentFiles.under(dir);
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("f" + i + ".toml"));
        }
        assertThat(recent.files()).hasSize(RecentFiles.MAX).startsWith(dir.resolve("f11.toml"))
                .doesNotContain(dir.resolve("f1.toml"));
    }

    @Test
    void theListSurvivesARestart() {
        RecentFiles.under(dir).add(dir.resolve("flow.toml"));
        assertThat(RecentFiles.under(dir).files()).containsExactly(dir.resolve("flow.toml"));
        assertThat(dir.resolve("gui/recent-dags.txt")).exists();
    }

    @Test
    void anUnreadableFileMeansNoRecentFiles() throws Exception {
        Files.createDirectories(dir.resolve("gui/recent-dags.txt"));
        assertThat(RecentFiles.under(dir).files()).isEmpty();
    }
}
