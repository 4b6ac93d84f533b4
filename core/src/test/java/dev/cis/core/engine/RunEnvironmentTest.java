package dev.cis.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.model.RunStatus;
import dev.cis.core.node.SubmitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment a run's tasks get, and the files an attempt leaves in the home, on a real engine. */
class RunEnvironmentTest {

    @TempDir
    Path dir;

    private static final String SHOW_ENV = """
            [dag]
            name = "show-env"

            [[dag.tasks]]
            id = "show"
            agent = "shell"
            command = 'env > "$CIS_OUTPUT_FILE"'
            """;

    private Engine open(CisHome home) throws Exception {
        return Engine.open(home, CisConfig.defaults(home.configFile()), "node-test", Clock.systemUTC());
    }

    private static RunStatus awaitEnd(Engine engine, String runId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.store().findRun(runId).orElseThrow().status()
                .isTerminal());
        return engine.store().findRun(runId).orElseThrow().status();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aRunsTasksStartFromTheEnvironmentItWasSubmittedWithAlsoAfterTheNodeReopens() throws Exception {
        CisHome home = CisHome.at(dir.resolve("home"));
        Map<String, String> client = Map.of("PATH", System.getenv("PATH"), "LANG", "zz_ZZ.UTF-8",
                "CLIENT_ONLY", "from-the-client", "CLASSPATH", "/client/lib/*", "CIS_HOME", "/elsewhere");
        String runId;
        try (Engine engine = open(home)) {
            SubmitResult r = new LocalNode(engine, "test", engine.monitor(), () -> { })
                    .submit(dir.resolve("show-env.toml"), SHOW_ENV, false, client);
            runId = r.runId();
        }

        try (Engine engine = open(home)) {
            new LocalNode(engine, "test", engine.monitor(), () -> { }).start(runId);

            assertThat(awaitEnd(engine, runId)).isEqualTo(RunStatus.COMPLETED);
            String env = engine.store().output(runId, "show").orElseThrow().text();
            assertThat(env).contains("LANG=zz_ZZ.UTF-8", "CLIENT_ONLY=from-the-client", "CIS_RUN_ID=" + runId)
                    .doesNotContain("CLASSPATH=", "CIS_HOME=");
        }
    }

    @Test
    void aRunStoredWithoutAnEnvironmentStartsFromTheNodesWithoutItsInternals() throws Exception {
        CisHome home = CisHome.at(dir.resolve("home"));
        try (Engine engine = open(home)) {
            LocalNode node = new LocalNode(engine, "test", engine.monitor(), () -> { });
            String runId = node.submit(dir.resolve("show-env.toml"), SHOW_ENV, true, null).runId();

            assertThat(awaitEnd(engine, runId)).isEqualTo(RunStatus.COMPLETED);
            String env = engine.store().output(runId, "show").orElseThrow().text();
            assertThat(env).contains("PATH=" + System.getenv("PATH")).doesNotContain("CLASSPATH=", "CIS_HOME=");
        }
    }

    @Test
    void everyFileOfAnAttemptIsOwnerOnlyInAHomeOthersCanRead() throws Exception {
        Path root = Files.createDirectories(dir.resolve("shared-home"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        CisHome home = CisHome.at(root);
        String dag = """
                [dag]
                name = "pair"

                [[dag.tasks]]
                id = "a"
                agent = "shell"
                command = 'umask 022; echo out-a > "$CIS_OUTPUT_FILE"'

                [[dag.tasks]]
                id = "b"
                agent = "shell"
                command = 'echo out-b'
                deps = ["a"]
                """;
        try (Engine engine = open(home)) {
            String runId = new LocalNode(engine, "test", engine.monitor(), () -> { })
                    .submit(dir.resolve("pair.toml"), dag, true).runId();
            assertThat(awaitEnd(engine, runId)).isEqualTo(RunStatus.COMPLETED);

            Path attemptB = home.taskWorkDir(runId, "b").resolve("attempt-1");
            for (Path folder : new Path[] {home.workDir().resolve(runId), home.taskWorkDir(runId, "b"), attemptB,
                    attemptB.resolve("upstream"), home.recordingsDir().resolve(runId)}) {
                assertThat(mode(folder)).as(folder.toString()).isEqualTo("rwx------");
            }
            for (Path file : new Path[] {home.database(), root.resolve("cis.db-wal"), root.resolve("cis.db-shm"),
                    home.recording(runId, "a", 1), attemptB.resolve("context.md"), attemptB.resolve("upstream/a.txt"),
                    home.taskWorkDir(runId, "a").resolve("attempt-1/output.txt")}) {
                assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------");
            }
        }
    }
}
