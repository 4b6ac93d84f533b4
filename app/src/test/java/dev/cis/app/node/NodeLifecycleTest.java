package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cis.app.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code cis node start | stop | status} through the real launcher, with real node processes. */
@Timeout(180)
class NodeLifecycleTest {

    @TempDir
    Path dir;

    private RealNode node;

    @BeforeEach
    void setUp() {
        node = new RealNode(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
    }

    @Test
    void startRunsADetachedNodeThatAnswersOnAnOwnerOnlySocket() throws Exception {
        CliRunner.Result r = node.start();

        long pid = node.pid();
        assertThat(r.stdout()).contains("node started: pid " + pid).contains(node.files.socket().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(node.files.socket())))
                .isEqualTo("rw-------");
        assertThat(node.client().info().pid()).isEqualTo(pid);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        assertThat(process.parent().map(ProcessHandle::pid)).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(Files.readString(Path.of("/proc/" + pid + "/stat")).split(" ")[5]).as("session id")
                .isEqualTo(String.valueOf(pid));
    }

    @Test
    void aSecondStartSaysANodeIsAlreadyRunning() throws Exception {
        node.start();
        long pid = node.pid();

        CliRunner.Result again = node.start();

        assertThat(again.stdout()).startsWith("a node is already running: pid " + pid);
        assertThat(node.pid()).isEqualTo(pid);
    }

    @Test
    void statusTellsWhetherANodeRunsByItsExitCode() throws Exception {
        CliRunner.Result none = node.cis.run("node", "status");
        assertThat(none.exitCode()).as(none.toString()).isEqualTo(1);
        assertThat(none.stdout()).contains("no node is running for " + dir);

        node.start();
        CliRunner.Result running = node.cis.run("node", "status", "--json");

        assertThat(running.exitCode()).as(running.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(running.stdout());
        assertThat(json.get("running").asBoolean()).isTrue();
        assertThat(json.get("pid").asLong()).isEqualTo(node.pid());
        assertThat(json.get("home").asText()).isEqualTo(dir.toString());
        assertThat(json.get("active_runs").asInt()).isZero();
        assertThat(json.get("uptime_secs").asLong()).isNotNegative();
    }

    @Test
    void stopEndsTheProcessAndRemovesSocketAndPidFile() throws Exception {
        node.start();
        long pid = node.pid();

        CliRunner.Result r = node.cis.run("node", "stop");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("node stopped (pid " + pid + ")");
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(node.files.socket()).doesNotExist();
        assertThat(node.files.pidFile()).doesNotExist();
        assertThat(node.cis.run("node", "stop").stdout()).contains("no node is running");
    }

    @Test
    void sigtermStopsTheNodeGracefully() throws Exception {
        node.start();
        ProcessHandle process = ProcessHandle.of(node.pid()).orElseThrow();

        process.destroy();

        process.onExit().get(30, TimeUnit.SECONDS);
        assertThat(node.files.socket()).doesNotExist();
        assertThat(node.files.pidFile()).doesNotExist();
        assertThat(Files.readString(node.files.log())).contains("node stopped");
    }

    @Test
    void forcedStopKillsTheNodeAndRemovesItsFiles() throws Exception {
        node.start();
        long pid = node.pid();

        CliRunner.Result r = node.cis.run("node", "stop", "--force");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("node killed (pid " + pid + ")");
        assertThat(node.files.socket()).doesNotExist();
        assertThat(node.files.pidFile()).doesNotExist();
    }

    @Test
    void startCleansUpTheFilesOfAKilledNode() throws Exception {
        node.start();
        ProcessHandle killed = ProcessHandle.of(node.pid()).orElseThrow();
        killed.destroyForcibly();
        killed.onExit().get(30, TimeUnit.SECONDS);
        assertThat(node.files.socket()).exists();

        CliRunner.Result r = node.start();

        assertThat(r.stdout()).contains("removed " + node.files.socket()).contains("node started: pid " + node.pid());
        assertThat(node.pid()).isNotEqualTo(killed.pid());
        assertThat(node.client().info().pid()).isEqualTo(node.pid());
    }

    @Test
    void aNodeThatCannotStartIsReportedWithTheEndOfItsLog() throws Exception {
        Files.writeString(dir.resolve("config.toml"), "[dag]\nmax_workers = \"many\"\n");

        CliRunner.Result r = node.cis.withTimeout(Duration.ofSeconds(90)).run("node", "start");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr()).contains("the node exited with code 1 while starting")
                .contains(node.files.log().toString()).contains("max_workers");
        assertThat(node.files.socket()).doesNotExist();
    }

    @Test
    void runServesInTheForegroundUntilStopped() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(node.cis.repoRoot().resolve("cis").toString(), "node", "run")
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.out").toFile());
        pb.environment().put("CIS_HOME", dir.toString());
        Process fg = pb.start();
        try {
            fg.getOutputStream().close();
            NodeReadiness.await(node.files, Duration.ofSeconds(60),
                    () -> fg.isAlive() ? Optional.empty() : Optional.of("the foreground node exited"));
            assertThat(node.client().info().pid()).isEqualTo(fg.pid());

            assertThat(node.cis.run("node", "stop").exitCode()).isZero();

            assertThat(fg.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(fg.exitValue()).isZero();
            assertThat(Files.readString(dir.resolve("run.out"))).contains("node stopped");
        } finally {
            fg.destroyForcibly();
        }
    }

    @Test
    void anInstalledImageStartsTheNodeThroughItsOwnLauncher() {
        JavaCommand launcher = new JavaCommand(Path.of("/opt/cis/bin/cis"), "", List.of(), true);

        assertThat(launcher.command(List.of("--home", "/h"))).containsExactly("/opt/cis/bin/cis", "node", "run",
                "--home", "/h");
    }
}
