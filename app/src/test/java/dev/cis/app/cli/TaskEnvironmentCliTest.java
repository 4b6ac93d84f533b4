package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.app.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node started from one environment runs the tasks of a client with another: the tasks get the client's,
 * without the node's class path, JVM options or cis's own variables. Real launcher, real node.
 */
class TaskEnvironmentCliTest {

    @TempDir
    Path home;

    @TempDir
    Path work;

    private CliRunner base() {
        return CliRunner.create().withCisHome(home).inDir(work).withTimeout(Duration.ofSeconds(90))
                .withEnv("JAVA_HOME", System.getProperty("java.home"));
    }

    @AfterEach
    void stop() throws Exception {
        base().run("node", "stop", "--force");
    }

    @Test
    void anAgentOnTheClientsPathIsFoundAndTasksSeeTheClientsEnvironmentNotTheNodes() throws Exception {
        Path tools = Files.createDirectories(work.resolve("tools"));
        Path tool = tools.resolve("my-agent");
        Path found = work.resolve("found.txt");
        Files.writeString(tool, "#!/bin/sh\necho \"my-agent got: $1\" > '" + found + "'\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(home.resolve("config.toml"), "[agents.mine]\nexecutable = \"my-agent\"\n");
        Path envFile = work.resolve("env.txt");
        Path dag = Files.writeString(work.resolve("env.toml"), """
                [dag]
                name = "client-env"

                [[dag.tasks]]
                id = "agent"
                agent = "mine"
                prompt = "hello"

                [[dag.tasks]]
                id = "env"
                agent = "shell"
                command = 'env > "%s"'
                deps = ["agent"]
                """.formatted(envFile));

        CliRunner.Result node = base().withEnv("PATH", "/usr/bin:/bin").withEnv("LANG", "C")
                .withEnv("JAVA_TOOL_OPTIONS", "-Dcis.node.marker=1").withEnv("CIS_NODE_ONLY", "node-internal")
                .run("node", "start");
        assertThat(node.exitCode()).as(node.toString()).isZero();

        CliRunner.Result r = base().withEnv("PATH", tools + ":/usr/bin:/bin").withEnv("LANG", "zz_ZZ.UTF-8")
                .run("dag", "execute", dag.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Files.readString(found).strip()).startsWith("my-agent got: hello");
        String env = Files.readString(envFile);
        assertThat(env).contains("LANG=zz_ZZ.UTF-8", "PATH=" + tools + ":/usr/bin:/bin", "CIS_RUN_ID=",
                "CIS_TASK_ID=env").doesNotContain("CLASSPATH=", "JAVA_TOOL_OPTIONS=", "CIS_NODE_ONLY=", "CIS_HOME=");
    }

    @Test
    void theNodesLogIsOwnerOnly() throws Exception {
        CliRunner.Result node = base().run("node", "start");
        assertThat(node.exitCode()).as(node.toString()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("logs/node.log"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aHomeOthersCanReadIsWarnedAboutOnceByACommand() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliRunner.Result r = base().run("dag", "list");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        String warning = "cis home " + home + " can be read by other users";
        assertThat(r.stderr().split(java.util.regex.Pattern.quote(warning), -1)).as(r.stderr()).hasSize(2);
        assertThat(r.stderr()).contains("chmod 700 " + home);
    }
}
