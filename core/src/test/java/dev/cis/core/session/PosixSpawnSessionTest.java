package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The session contract on {@code posix_spawn}, the mechanism used on Linux, and what only it promises. */
@EnabledOnOs(OS.LINUX)
class PosixSpawnSessionTest extends PtySessionContract {

    @Override
    boolean withPty4j() {
        return false;
    }

    @Test
    void aBareProgramNameIsSearchedOnTheSessionsPathOnly() {
        assertThat(PosixSpawnChild.resolve("sh", java.util.Map.of("PATH", "/bin"))).isEqualTo("/bin/sh");
        assertThat(PosixSpawnChild.resolve("sh", java.util.Map.of("PATH", dir.toString()))).isEqualTo("sh");
        assertThat(PosixSpawnChild.resolve("sh", java.util.Map.of())).isEqualTo("sh");
    }

    @Test
    void linuxUsesPosixSpawn() {
        assertThat(PosixSpawnChild.available()).as(PosixSpawnChild.unavailableReason()).isTrue();
        assertThat(PtySession.mechanism()).isEqualTo("posix_spawn");
    }

    @Test
    void theTerminalHasTheAskedSizeBeforeTheProgramStarts() throws Exception {
        // pty4j sets the size just after the program started, so a program that asks at once may see 0x0
        Session s = start(SessionSpec.builder(List.of("/bin/sh", "-c", "stty size")).size(91, 27));
        assertThat(exitCode(s)).isZero();
        assertThat(TerminalText.toPlainText(s.recentOutput()).trim()).isEqualTo("27 91");
    }

    @Test
    void aMissingProgramIsReportedWithItsName() {
        assertThatThrownBy(() -> start(SessionSpec.builder(List.of("/no/such/program"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("/no/such/program")
                .hasMessageContaining("No such file or directory");
    }

    @Test
    void aProgramNameWithoutSlashIsFoundOnThePathOfTheSession() throws Exception {
        Session s = start(SessionSpec.builder(List.of("sh", "-c", "echo found")));
        assertThat(exitCode(s)).isZero();
        assertThat(TerminalText.toPlainText(s.recentOutput()).trim()).isEqualTo("found");
    }

    @Test
    void inputTheProgramDoesNotReadNeverBlocksTheWriter() throws Exception {
        Session s = sh("echo ready; sleep 1000");
        CollectingListener out = new CollectingListener();
        s.addListener(out, true);
        out.awaitText("ready", TIMEOUT);
        byte[] lots = new byte[1024 * 1024];
        Arrays.fill(lots, (byte) 'x');

        for (int i = 0; i < 8; i++) {
            s.write(lots); // far more than the terminal's input buffer holds
        }

        assertThat(s.isAlive()).isTrue();
        s.kill();
        assertThat(exitCode(s)).isEqualTo(128 + 15);
    }

    @Test
    void theSessionEndsWhenTheProgramExitsEvenIfSomethingItStartedKeepsTheTerminal() throws Exception {
        Session s = sh("sleep 60 & echo \"child:$!\"; exit 5");
        try {
            assertThat(s.exitFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(5);
            assertThat(new String(s.recentOutput(), StandardCharsets.UTF_8)).contains("child:");
        } finally {
            Matcher m = Pattern.compile("child:(\\d+)").matcher(new String(s.recentOutput(), StandardCharsets.UTF_8));
            if (m.find()) {
                ProcessHandle.of(Long.parseLong(m.group(1))).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void waitStatusesBecomeExitCodes() {
        assertThat(PosixSpawnChild.exitCode(7 << 8)).isEqualTo(7);
        assertThat(PosixSpawnChild.exitCode(15)).isEqualTo(143);
        assertThat(PosixSpawnChild.exitCode(9 | 0x80)).isEqualTo(137);
    }
}
