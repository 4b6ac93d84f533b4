package dev.cis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./cis} launcher script, run as a user would. */
class LauncherTest {

    @TempDir
    Path home;

    private CliRunner cis() {
        return CliRunner.create().withCisHome(home);
    }

    @Test
    void helpPrintsUsageAndExitsZero() throws IOException, InterruptedException {
        CliRunner.Result r = cis().run("--help");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("Usage: cis").contains("dag").contains("Exit codes:");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() throws IOException, InterruptedException {
        CliRunner.Result r = cis().run("--version");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).matches("(?s)cis \\d+\\.\\d+\\.\\d+\\S*\\RJava .*");
    }

    @Test
    void unknownCommandExitsTwoWithAHint() throws IOException, InterruptedException {
        CliRunner.Result r = cis().run("frobnicate");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).contains("frobnicate").contains("Try 'cis --help'");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void launcherWorksFromAnotherFolder() throws IOException, InterruptedException {
        CliRunner.Result r = cis().inDir(home).run("dag", "--help");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("validate");
    }
}
